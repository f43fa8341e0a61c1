import { TRANSFER_ITEM_KEYS, type TransferItems } from '@fupin/core';

/**
 * Transfer items as the incomes table stores them: a JSON object of the non-zero items only, in
 * fen (most households receive two or three of the eight); an absent item reads as 0.
 */
export function storeTransferItems(items: TransferItems): string {
  const stored: Partial<TransferItems> = {};
  for (const key of TRANSFER_ITEM_KEYS) if (items[key] !== 0) stored[key] = items[key];
  return JSON.stringify(stored);
}

export function readTransferItems(json: string): TransferItems {
  const value: unknown = JSON.parse(json);
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const items = {} as TransferItems;
  for (const key of TRANSFER_ITEM_KEYS) {
    const amount = stored[key];
    items[key] = typeof amount === 'number' ? amount : 0;
  }
  return items;
}
