import { TRANSFER_ITEM_KEYS, type TransferItems } from '@fupin/core';

/**
 * Transfer items as the incomes table stores them: the amounts in fen, comma-separated in the
 * order of TRANSFER_ITEM_KEYS (new keys go at its end), a zero as an empty field and trailing
 * empty fields left out — `,,,453700,,113200` — about 20 characters a row where a JSON object
 * took 70 (two million rows at a million households). Most households receive two or three of the
 * eight items.
 */
export function storeTransferItems(items: TransferItems): string {
  return TRANSFER_ITEM_KEYS.map((key) => (items[key] === 0 ? '' : String(items[key]))).join(',').replace(/,+$/, '');
}

export function readTransferItems(stored: string): TransferItems {
  const fields = stored.split(',');
  const items = {} as TransferItems;
  TRANSFER_ITEM_KEYS.forEach((key, i) => {
    const field = fields[i] ?? '';
    items[key] = field === '' ? 0 : Number(field);
  });
  return items;
}
