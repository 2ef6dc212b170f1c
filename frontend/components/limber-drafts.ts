/**
 * <limber-drafts routine="42">: keeps what a coach types in the routine editor until the
 * server says it is stored.
 *
 * - Every `input` in a field marked `data-draft-key` (inside the element's parent) is written
 *   to localStorage under `limber:draft:<routine>:<key>`, so that nothing typed is lost when
 *   the session expires, the server is unreachable or the tab closes. The server clears an
 *   entry (`saved`, `forget`) once the value is in the database; entries that are still there
 *   when the editor opens again are handed to the server (`drafts-found`), which offers them
 *   back field by field.
 * - The status element `.limber-save-status` shows "Unsaved changes" while typing and
 *   "Saving…" once the value is on its way; the server's own text (all saved, not saved)
 *   shows when nothing typed is waiting. The words come from the server, in the coach's
 *   language (attributes `unsaved-text`, `saving-text`, `no-answer-text`); English without them.
 * - Leaving or reloading the page asks first while anything typed is not stored.
 * - Ctrl+Z / Ctrl+Shift+Z (or Cmd) outside text fields ask the server to undo or redo.
 * - Leaving a field sends its value at once (`draft-left`).
 * - A field typed back to its stored value is no longer waiting (`draft-ended`).
 * - While something is dragged over the steps, the step it would land before is marked
 *   (`data-drop-here`) for the insertion line.
 * - After a failed save, the server is asked to send the waiting changes again (`resend`).
 */
const PREFIX = 'limber:draft:';
const SAVING_AFTER_MS = 700;
const NO_ANSWER_AFTER_MS = 8000;
const RESEND_AFTER_MS = 4000;

interface Draft {
  value: string;
  at: number;
}

class LimberDrafts extends HTMLElement {
  private readonly waiting = new Set<string>();
  private scope: HTMLElement | null = null;
  private savingTimer = 0;
  private noAnswerTimer = 0;
  private resendTimer = 0;

  connectedCallback() {
    this.scope = this.parentElement;
    this.scope?.addEventListener('input', this.onInput, true);
    this.scope?.addEventListener('focusout', this.onLeaveField, true);
    this.scope?.addEventListener('value-changed', this.onValueChanged, true);
    this.scope?.addEventListener('keydown', this.onKey);
    // capturing: drop targets stop these from bubbling; dragenter too, as dragover may not come until the pointer moves
    this.scope?.addEventListener('dragenter', this.onDragOver, true);
    this.scope?.addEventListener('dragover', this.onDragOver, true);
    for (const end of ['drop', 'dragend']) {
      this.scope?.addEventListener(end, this.clearDropLine, true);
    }
    window.addEventListener('beforeunload', this.onUnload);
    // after the server has put the fields on the page
    setTimeout(() => this.announce(), 0);
  }

  disconnectedCallback() {
    this.scope?.removeEventListener('input', this.onInput, true);
    this.scope?.removeEventListener('focusout', this.onLeaveField, true);
    this.scope?.removeEventListener('value-changed', this.onValueChanged, true);
    this.scope?.removeEventListener('keydown', this.onKey);
    this.scope?.removeEventListener('dragenter', this.onDragOver, true);
    this.scope?.removeEventListener('dragover', this.onDragOver, true);
    for (const end of ['drop', 'dragend']) {
      this.scope?.removeEventListener(end, this.clearDropLine, true);
    }
    window.removeEventListener('beforeunload', this.onUnload);
    clearTimeout(this.savingTimer);
    clearTimeout(this.noAnswerTimer);
    clearTimeout(this.resendTimer);
  }

  /** The server stored this value of the field: its draft goes, unless more was typed since. */
  saved(key: string, value: string) {
    const draft = this.read(key);
    if (draft === null || draft.value.trim() === value.trim()) {
      this.forget(key);
    }
  }

  /** The draft is no longer wanted (stored, refused, or discarded by the coach). */
  forget(key: string) {
    try {
      localStorage.removeItem(this.storageKey(key));
    } catch {
      // storage may be switched off; then there is nothing to forget
    }
    this.waiting.delete(key);
    this.showStatus();
  }

  /** A save failed: ask the server to try the waiting changes again in a moment. */
  failed() {
    clearTimeout(this.resendTimer);
    this.resendTimer = window.setTimeout(() => this.dispatchEvent(new CustomEvent('resend')), RESEND_AFTER_MS);
  }

  private readonly onInput = (event: Event) => {
    const field = event.composedPath().find(
      (node): node is HTMLElement => node instanceof HTMLElement && node.dataset.draftKey !== undefined);
    if (!field) {
      return;
    }
    const key = field.dataset.draftKey!;
    // the inner <input>/<textarea> has the value already; its host catches up only after this (capturing) listener
    const typedIn = event.composedPath()[0];
    const value = typedIn instanceof HTMLInputElement || typedIn instanceof HTMLTextAreaElement
      ? typedIn.value : String((field as HTMLElement & { value?: unknown }).value ?? '');
    try {
      localStorage.setItem(this.storageKey(key), JSON.stringify({ value, at: Date.now() } satisfies Draft));
    } catch {
      // storage full or switched off: the field still saves as usual
    }
    if (!this.waiting.has(key)) {
      this.waiting.add(key);
      // what was stored when the coach began: a change stored elsewhere after that is a conflict, not a base
      this.dispatchEvent(new CustomEvent('draft-started', { detail: { key, base: field.dataset.savedValue ?? '' } }));
    }
    this.showStatus(this.getAttribute('unsaved-text') ?? 'Unsaved changes');
    clearTimeout(this.savingTimer);
    this.savingTimer = window.setTimeout(() => this.sending(), SAVING_AFTER_MS);
  };

  /**
   * A field the coach is typing in got a value that is not theirs: the server showed a change
   * made elsewhere before it heard of the typing. What the coach typed goes back in (and is
   * sent, to meet the other change as a conflict).
   */
  private readonly onValueChanged = (event: Event) => {
    const field = event.target as HTMLElement & { value?: unknown };
    const key = field?.dataset?.draftKey;
    if (!key || !this.waiting.has(key)) {
      return;
    }
    const draft = this.read(key);
    if (draft !== null && String(field.value ?? '') !== draft.value) {
      queueMicrotask(() => {
        field.value = draft.value;
      });
    }
  };

  /** While dragging, marks the step (or the end zone) a drop would land before, for the insertion line. */
  private readonly onDragOver = (event: DragEvent) => {
    const over = (event.target as Element | null)?.closest?.('.limber-step, .limber-drop-end') ?? null;
    if (over?.hasAttribute('data-drop-here')) {
      return;
    }
    this.clearDropLine();
    over?.setAttribute('data-drop-here', '');
  };

  private readonly clearDropLine = () => {
    this.scope?.querySelectorAll('[data-drop-here]').forEach(marked => marked.removeAttribute('data-drop-here'));
  };

  /** Leaving a field sends what it holds at once, without waiting for the pause in typing. */
  private readonly onLeaveField = (event: Event) => {
    const field = event.composedPath().find(
      (node): node is HTMLElement => node instanceof HTMLElement && node.dataset.draftKey !== undefined);
    const key = field?.dataset.draftKey;
    if (field && key && this.waiting.has(key)) {
      const value = String((field as HTMLElement & { value?: unknown }).value ?? '');
      this.dispatchEvent(new CustomEvent('draft-left', { detail: { key, value } }));
    }
    if (this.waiting.size > 0) {
      this.sending();
    }
  };

  private sending() {
    clearTimeout(this.savingTimer);
    // typed back to what is stored: nothing to save, and the server hears that typing ended
    for (const key of [...this.waiting]) {
      const field = this.scope?.querySelector<HTMLElement & { value?: unknown }>(`[data-draft-key="${CSS.escape(key)}"]`);
      if (field && String(field.value ?? '').trim() === (field.dataset.savedValue ?? '').trim()) {
        this.forget(key);
        this.dispatchEvent(new CustomEvent('draft-ended', { detail: { key } }));
      }
    }
    if (this.waiting.size === 0) {
      return;
    }
    this.showStatus(this.getAttribute('saving-text') ?? 'Saving…');
    clearTimeout(this.noAnswerTimer);
    this.noAnswerTimer = window.setTimeout(() => {
      if (this.waiting.size > 0) {
        this.showStatus(this.getAttribute('no-answer-text')
          ?? 'Not saved yet: no answer from the server. What you typed is kept in this browser.');
      }
    }, NO_ANSWER_AFTER_MS);
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) {
      return;
    }
    const key = event.key.toLowerCase();
    if (key !== 'z' && key !== 'y') {
      return;
    }
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
        || (target instanceof HTMLElement && target.isContentEditable)) {
      return; // the field's own undo
    }
    event.preventDefault();
    this.dispatchEvent(new CustomEvent('undo-key', { detail: { redo: key === 'y' || event.shiftKey } }));
  };

  private readonly onUnload = (event: BeforeUnloadEvent) => {
    if (this.waiting.size > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  };

  private announce() {
    const drafts: { key: string; value: string }[] = [];
    const prefix = this.storageKey('');
    try {
      for (let index = 0; index < localStorage.length; index++) {
        const name = localStorage.key(index);
        if (name?.startsWith(prefix)) {
          const draft = this.read(name.substring(prefix.length));
          if (draft !== null) {
            drafts.push({ key: name.substring(prefix.length), value: draft.value });
          }
        }
      }
    } catch {
      return;
    }
    if (drafts.length > 0) {
      this.dispatchEvent(new CustomEvent('drafts-found', { detail: { json: JSON.stringify(drafts) } }));
    }
  }

  private read(key: string): Draft | null {
    try {
      const stored = localStorage.getItem(this.storageKey(key));
      const draft = stored === null ? null : JSON.parse(stored);
      return draft !== null && typeof draft.value === 'string' ? draft : null;
    } catch {
      return null;
    }
  }

  private storageKey(key: string) {
    return PREFIX + this.getAttribute('routine') + ':' + key;
  }

  /** Shows what the browser knows (typing, on its way) over the server's text, or gives the server's text back. */
  private showStatus(typing?: string) {
    const status = this.scope?.querySelector<HTMLElement>('.limber-save-status');
    const own = status?.querySelector<HTMLElement>('.limber-save-client');
    if (!status || !own) {
      return;
    }
    if (this.waiting.size > 0 && typing !== undefined) {
      own.textContent = typing;
      status.setAttribute('data-typing', '');
    } else if (this.waiting.size === 0) {
      clearTimeout(this.noAnswerTimer);
      own.textContent = '';
      status.removeAttribute('data-typing');
    }
  }
}

customElements.define('limber-drafts', LimberDrafts);
