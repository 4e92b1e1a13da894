// The state of an upload-preview-commit import (action plans, complaint registers): the chosen file,
// the preview (nothing saved), the commit (all rows or none), and the refused commit's problems. A
// new file resets everything, so a preview never stands for another file than the one committed.
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';

export function useImportFlow<R extends { ok: boolean }>(opts: {
  preview: (file: File) => Promise<R>;
  commit: (file: File) => Promise<R>;
  onCommitted: (result: R) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [committed, setCommitted] = useState<R | null>(null);
  const [refused, setRefused] = useState<R | null>(null);
  const previewM = useMutation({ mutationFn: opts.preview });
  const commitM = useMutation({
    mutationFn: opts.commit,
    onSuccess: (res) => {
      setCommitted(res);
      opts.onCommitted(res);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'IMPORT_HAS_ERRORS') setRefused(err.details as R);
    },
  });
  const reset = () => {
    setCommitted(null);
    setRefused(null);
    previewM.reset();
    commitM.reset();
  };
  return {
    fileInput,
    file,
    preview: previewM.data ?? null,
    previewM,
    commitM,
    committed,
    refused,
    chooseFile: (f: File | null) => {
      setFile(f);
      reset();
    },
    onPreview: (e: FormEvent) => {
      e.preventDefault();
      if (!file) {
        fileInput.current?.focus();
        return;
      }
      reset();
      previewM.mutate(file);
    },
    commit: () => {
      if (file) commitM.mutate(file);
    },
    canCommit: !!file && !!previewM.data?.ok && !committed && !commitM.isPending,
  };
}
