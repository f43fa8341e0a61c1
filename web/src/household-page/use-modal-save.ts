import { useMutation } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblemOnForm } from '../household-form/show-problem.ts';
import { useLanguage } from '../i18n/use-language.ts';

export interface ModalSaveOptions<V, R> {
  save: (values: V) => Promise<R>;
  /** After a successful save, before the modal closes (refresh queries, say it worked). */
  onSaved: (result: R) => Promise<void> | void;
  onClose: () => void;
}

/**
 * The save of a form in a modal: a server problem lands on the fields it names and the rest in
 * `general` (shown above the form); success runs `onSaved` and closes; closing forgets the last try.
 */
export function useModalSave<V, R>(form: FormInstance<V>, { save, onSaved, onClose }: ModalSaveOptions<V, R>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [general, setGeneral] = useState<string>();
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async (result) => {
      await onSaved(result);
      onClose();
    },
    onError: (error) => setGeneral(showProblemOnForm(form, error, t, language).general),
  });
  return {
    general,
    isSaving: mutation.isPending,
    submit: (values: V) => {
      setGeneral(undefined);
      mutation.mutate(values);
    },
    close: () => {
      setGeneral(undefined);
      mutation.reset();
      onClose();
    },
  };
}
