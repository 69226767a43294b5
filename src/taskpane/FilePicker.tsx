import { Button, Field } from '@fluentui/react-components';
import type { RefObject } from 'react';
import { useRef } from 'react';

/**
 * A file input shown as a Fluent button: the native "Choose File" control is unstyled and reads
 * in the browser's language. The hidden input keeps the label, so assistive technology and the
 * tests find it by name.
 */
export function FilePicker({
  label,
  button,
  hint,
  accept,
  multiple = false,
  primary = false,
  disabled,
  onFiles,
  onOpen,
  inputRef,
}: {
  label: string;
  button: string;
  hint?: string;
  accept: string;
  multiple?: boolean;
  primary?: boolean;
  disabled: boolean;
  onFiles: (files: File[]) => void;
  /** The chooser is opening: work the files will need can start while the user chooses them. */
  onOpen?: () => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const own = useRef<HTMLInputElement>(null);
  const input = inputRef ?? own;
  return (
    <Field label={label} hint={hint}>
      <div>
        <Button
          appearance={primary ? 'primary' : 'secondary'}
          disabled={disabled}
          onClick={() => {
            onOpen?.();
            input.current?.click();
          }}
        >
          {button}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          accept={accept}
          multiple={multiple}
          disabled={disabled}
          aria-label={label}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </div>
    </Field>
  );
}
