import type { ReactNode } from 'react';
import { useFileDrop, useRefuseStrayFileDrops } from './use-file-drop';

export interface LibraryDropZoneProps {
  /** Files dropped on the library. */
  onFiles: (files: File[]) => void;
  children: ReactNode;
}

/** The library list as a drop target: files dragged over it are highlighted with "Drop files to import". */
export function LibraryDropZone({ onFiles, children }: LibraryDropZoneProps) {
  const { over, handlers } = useFileDrop(onFiles);
  useRefuseStrayFileDrops();
  return (
    <div className={`library-drop-zone${over ? ' is-drop-target' : ''}`} {...handlers}>
      {children}
      {over && (
        <div className="library-drop-overlay">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28" className="icon">
            <path
              d="M12 4v11m0 0-4.5-4.5M12 15l4.5-4.5M5 17v2.5h14V17"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <p>Drop files to import</p>
          <p className="library-drop-hint">JSON, Markdown, HTML, Word or plain text</p>
        </div>
      )}
    </div>
  );
}
