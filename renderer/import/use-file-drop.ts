import { type DragEvent, useCallback, useEffect, useRef, useState } from 'react';
import { dragHasFiles } from './has-files';

export interface FileDropHandlers {
  onDragEnter: (event: DragEvent<HTMLElement>) => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDragLeave: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
}

/**
 * Makes an element a drop target for files: `over` is true while files are
 * dragged over it (entering and leaving its children is counted, so it does
 * not flicker); dropped files go to `onFiles`. Drags of anything but files
 * (text, a takeaway's handle) are left alone.
 */
export function useFileDrop(onFiles: (files: File[]) => void): { over: boolean; handlers: FileDropHandlers } {
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const onFilesRef = useRef(onFiles);
  onFilesRef.current = onFiles;

  const onDragEnter = useCallback((event: DragEvent<HTMLElement>) => {
    if (!dragHasFiles(event.dataTransfer)) return;
    event.preventDefault();
    depth.current += 1;
    setOver(true);
  }, []);

  const onDragOver = useCallback((event: DragEvent<HTMLElement>) => {
    if (!dragHasFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  }, []);

  const onDragLeave = useCallback((event: DragEvent<HTMLElement>) => {
    if (!dragHasFiles(event.dataTransfer)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  }, []);

  const onDrop = useCallback((event: DragEvent<HTMLElement>) => {
    if (!dragHasFiles(event.dataTransfer)) return;
    event.preventDefault();
    depth.current = 0;
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFilesRef.current(files);
  }, []);

  return { over, handlers: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}

/**
 * Files dropped anywhere else in the window are refused (the pointer shows
 * "no drop") instead of the browser opening them in place of the app.
 */
export function useRefuseStrayFileDrops(): void {
  useEffect(() => {
    const onDragOver = (event: globalThis.DragEvent): void => {
      if (event.defaultPrevented || !dragHasFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    const onDrop = (event: globalThis.DragEvent): void => {
      if (!event.defaultPrevented && dragHasFiles(event.dataTransfer)) event.preventDefault();
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
