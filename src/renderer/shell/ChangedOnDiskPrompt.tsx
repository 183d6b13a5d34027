import { useEffect, useRef, type JSX } from 'react';
import { useDocument } from '../store/documentStore';
import { save, saveAs } from '../store/fileCommands';

/** Asked when Save found the file changed by another program: overwrite it, keep both with Save As, or leave it. */
export function ChangedOnDiskPrompt(): JSX.Element | null {
  const prompt = useDocument((state) => state.prompt);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (prompt && !dialog.current?.open) dialog.current?.showModal();
  }, [prompt]);
  if (!prompt) return null;
  const close = (): void => useDocument.setState({ prompt: null });
  return (
    <dialog ref={dialog} className="prompt" aria-labelledby="changed-title" onClose={close}>
      <h2 id="changed-title">The file changed on disk</h2>
      <p>{prompt.message}</p>
      <div className="prompt-buttons">
        <button type="button" onClick={() => void saveAs()}>
          Save As…
        </button>
        <button type="button" onClick={() => void save(true)}>
          Overwrite
        </button>
        <button type="button" autoFocus onClick={close}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
