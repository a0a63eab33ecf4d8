// Page-wide keyboard shortcuts for playback and panels; inactive while typing in a field.

/** What the shortcuts do. */
export interface ShortcutActions {
  togglePlay(): void;
  stepForward(): void;
  stepBack(): void;
  showPanel(n: number): void;
  toggleHelp(): void;
}

/** True when the key event belongs to a text field, a select or a range (they use the keys themselves). */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'submit', 'file'].includes(target.type);
}

/** Installs the shortcuts on `doc`: Space, →, ←, 1–9 and ?. */
export function installShortcuts(doc: Document, actions: ShortcutActions): void {
  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const target = event.target as HTMLElement | null;
    if (event.key === ' ' && target?.tagName === 'BUTTON') return;
    const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : undefined;
    const action =
      event.key === ' ' ? actions.togglePlay
      : event.key === 'ArrowRight' ? actions.stepForward
      : event.key === 'ArrowLeft' ? actions.stepBack
      : event.key === '?' ? actions.toggleHelp
      : digit !== undefined ? () => actions.showPanel(digit)
      : undefined;
    if (!action) return;
    event.preventDefault();
    action();
  });
}
