import type { RefObject } from 'react';
import { IMAGE_ACCEPT } from './read-image-file';

export interface ImageFileInputProps {
  /** The input, for a button to open the picker with `click()`. */
  inputRef: RefObject<HTMLInputElement | null>;
  /** The input's accessible name. */
  label: string;
  /** Hidden from assistive technology as well (a visible button stands for it). */
  ariaHidden?: boolean;
  onFile: (file: File) => void;
}

/** A visually hidden picker of one image file; emptied after each pick, so the same file can be picked again. */
export function ImageFileInput({ inputRef, label, ariaHidden = false, onFile }: ImageFileInputProps) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={IMAGE_ACCEPT}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden={ariaHidden ? true : undefined}
      aria-label={label}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
