import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space } from 'antd';
import { useId, useRef } from 'react';
import type { InputRef } from 'antd';
import { useTranslation } from 'react-i18next';

export interface Secret {
  title: string;
  note: string;
  label: string;
  value: string;
}

/**
 * A temporary password or a token, shown this once: the server keeps only its hash. The dialog
 * closes only by its button, so a stray click cannot lose the secret.
 */
export function SecretOnceModal({ secret, onClose }: { secret: Secret | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const inputId = useId();
  const input = useRef<InputRef>(null);
  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.value);
      void message.success(t('userAdmin.copied'));
    } catch {
      input.current?.select();
      void message.warning(t('userAdmin.copyFailed'));
    }
  };
  return (
    <Modal
      open={secret !== null}
      title={secret?.title}
      onCancel={onClose}
      mask={{ closable: false }}
      keyboard={false}
      footer={<Button type="primary" onClick={onClose}>{t('common.close')}</Button>}
      destroyOnHidden
    >
      <Alert type="warning" showIcon className="secret-once__alert" title={secret?.note} />
      <label htmlFor={inputId} className="secret-once__label">{secret?.label}</label>
      <Space.Compact className="secret-once__field">
        <Input id={inputId} ref={input} readOnly value={secret?.value ?? ''} className="secret-once__value" onFocus={(e) => e.target.select()} />
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>{t('userAdmin.copy')}</Button>
      </Space.Compact>
    </Modal>
  );
}
