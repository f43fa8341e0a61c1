import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_KEYS, type ColumnKey, DEFAULT_HIDDEN_COLUMNS, FIXED_COLUMNS } from './household-columns.tsx';

const STORAGE_KEY = 'fupin.households.hiddenColumns';

function readHidden(): ColumnKey[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!Array.isArray(stored)) return [...DEFAULT_HIDDEN_COLUMNS];
    return COLUMN_KEYS.filter((k) => stored.includes(k) && !FIXED_COLUMNS.includes(k));
  } catch {
    return [...DEFAULT_HIDDEN_COLUMNS];
  }
}

/** The columns the user hid, remembered on this browser. */
export function useHiddenColumns(): [ColumnKey[], (hidden: ColumnKey[]) => void] {
  const [hidden, setHidden] = useState<ColumnKey[]>(readHidden);
  const update = useCallback((next: ColumnKey[]) => {
    setHidden(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // not remembering is acceptable
    }
  }, []);
  return [hidden, update];
}

export function ColumnChooser({ titles, hidden, onChange }: { titles: Record<ColumnKey, string>; hidden: ColumnKey[]; onChange: (hidden: ColumnKey[]) => void }) {
  const { t } = useTranslation();
  const visible = COLUMN_KEYS.filter((k) => !hidden.includes(k));
  const content = (
    <fieldset className="column-chooser">
      <legend className="column-chooser__legend">{t('households.columnsHint')}</legend>
      <Checkbox.Group
        className="column-chooser__list"
        value={visible}
        onChange={(checked) => onChange(COLUMN_KEYS.filter((k) => !checked.includes(k) && !FIXED_COLUMNS.includes(k)))}
        options={COLUMN_KEYS.map((k) => ({ value: k, label: titles[k], disabled: FIXED_COLUMNS.includes(k) }))}
      />
    </fieldset>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />}>{t('households.columns')}</Button>
    </Popover>
  );
}
