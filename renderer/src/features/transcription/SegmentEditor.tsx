import { useLayoutEffect, useRef, useState } from 'react';

export interface SegmentEditorProps {
  text: string;
  label: string;
  onSave: (text: string) => void;
  onCancel: () => void;
}

/** Corrects one segment in place: Enter or leaving the field saves, Esc puts the text back. */
export function SegmentEditor({ text, label, onSave, onCancel }: SegmentEditorProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(text);
  const done = useRef(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = '0px';
    el.style.height = `${el.scrollHeight}px`;
  }, [value]);
  useLayoutEffect(() => {
    const el = ref.current;
    el?.focus();
    el?.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    const next = value.trim();
    if (save && next && next !== text) onSave(next);
    else onCancel();
  };

  return (
    <textarea
      ref={ref}
      className="tx-seg__editor"
      aria-label={label}
      value={value}
      rows={1}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          finish(false);
        }
      }}
    />
  );
}
