import { FIGURE, TOUCH, type BodyMapDrawing } from './body-map-drawing';

/**
 * <limber-body-map>: the body map to choose muscles with (BodyMapPicker on the server). The drawing
 * is in the bundle (body-map-drawing.ts, made from the server's BodyFigure), so the server sends it
 * nothing but words, once, and after each toggle the muscles chosen:
 *
 * - `figure`: "touch" for the figure to tap on a phone; otherwise the library's figure.
 * - `words`: JSON, the captions ("front", "back", "left", "right") and `muscles`, every muscle as
 *   [name, label] in the muscle list's order, in the reader's language. Words go in as text only.
 * - `selected`: the names of the muscles chosen, separated by spaces.
 *
 * Each region is a button (role, aria-label and <title> with the muscle's name, aria-pressed when
 * chosen, class "selected"). The whole map is one tab stop, a roving tabindex: the first region of
 * one muscle has tabindex 0, every other -1. The arrow keys move it to the next or previous muscle
 * in the list's order, round at the ends, Home and End to the first and last, and the focus
 * follows, all in the browser. A click, Enter or Space on a region puts the tab stop and the focus
 * there and sends `muscle-toggle` with `detail.muscle`; the server decides, and says so in
 * `selected`. The figure is drawn once: a new selection only changes attributes, so the focus stays.
 *
 * It draws into its own light DOM, so the page's styles (limber.css, .limber-body-map) reach it.
 */
export class LimberBodyMap extends HTMLElement {
  static readonly observedAttributes = ['figure', 'words', 'selected'];

  private static readonly SVG = 'http://www.w3.org/2000/svg';

  /** The muscles in the list's order: the arrow keys' order. */
  private order: string[] = [];
  /** The muscle whose (first) region holds the tab stop. */
  private current: string | null = null;
  private drawn = false;

  connectedCallback() {
    this.addEventListener('click', this.clicked);
    this.addEventListener('keydown', this.keyed);
    if (!this.drawn) {
      this.draw();
    }
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.clicked);
    this.removeEventListener('keydown', this.keyed);
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null) {
    if (before === after) {
      return;
    }
    if (name === 'selected') {
      this.mark();
    } else {
      this.draw();
    }
  }

  /** Draws the figure with its words: once, and again only when the figure or the words change. */
  private draw() {
    const drawing: BodyMapDrawing = this.getAttribute('figure') === 'touch' ? TOUCH : FIGURE;
    const words = LimberBodyMap.words(this.getAttribute('words'));
    const labels = new Map(words.muscles);
    this.order = words.muscles.map(([muscle]) => muscle);
    if (this.current === null || !this.order.includes(this.current)) {
      this.current = this.order[0] ?? null;
    }
    const svg = document.createElementNS(LimberBodyMap.SVG, 'svg');
    svg.setAttribute('viewBox', drawing.viewBox);
    svg.setAttribute('focusable', 'false');
    // our own constant shapes from the bundle; every word goes in below as text
    svg.innerHTML = drawing.markup;
    svg.querySelectorAll('text[data-word]').forEach((caption) => {
      caption.textContent = words.captions[caption.getAttribute('data-word') ?? ''] ?? '';
    });
    svg.querySelectorAll('g[data-muscle]').forEach((region) => {
      const muscle = region.getAttribute('data-muscle') ?? '';
      const label = labels.get(muscle) ?? muscle;
      region.setAttribute('role', 'button');
      region.setAttribute('aria-label', label);
      const title = document.createElementNS(LimberBodyMap.SVG, 'title');
      title.textContent = label;
      region.prepend(title);
    });
    this.replaceChildren(svg);
    this.drawn = true;
    this.mark();
  }

  /** Marks the muscles chosen and puts the one tab stop on the current muscle's first region. */
  private mark() {
    const chosen = new Set((this.getAttribute('selected') ?? '').split(' ').filter((name) => name));
    let tabStopGiven = false;
    this.regions().forEach((region) => {
      const muscle = region.getAttribute('data-muscle') ?? '';
      const pressed = chosen.has(muscle);
      region.classList.toggle('selected', pressed);
      region.setAttribute('aria-pressed', String(pressed));
      const isTabStop = !tabStopGiven && muscle === this.current;
      tabStopGiven ||= isTabStop;
      region.setAttribute('tabindex', isTabStop ? '0' : '-1');
    });
    if (!tabStopGiven) {
      this.regions()[0]?.setAttribute('tabindex', '0');
    }
  }

  private regions(): SVGGElement[] {
    return Array.from(this.querySelectorAll<SVGGElement>('g[data-muscle]'));
  }

  private regionOf(event: Event): SVGGElement | null {
    const region = (event.target as Element | null)?.closest?.('g[data-muscle]');
    return region instanceof SVGGElement && this.contains(region) ? region : null;
  }

  private readonly clicked = (event: MouseEvent) => {
    const region = this.regionOf(event);
    if (region) {
      this.toggle(region.getAttribute('data-muscle') ?? '');
    }
  };

  private readonly keyed = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const region = this.regionOf(event);
      if (region) {
        event.preventDefault();
        this.toggle(region.getAttribute('data-muscle') ?? '');
      }
      return;
    }
    const count = this.order.length;
    const at = this.current === null ? 0 : Math.max(0, this.order.indexOf(this.current));
    let to: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        to = (at + 1) % count;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        to = (at - 1 + count) % count;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = count - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    if (count === 0) {
      return;
    }
    this.current = this.order[to];
    this.mark();
    this.focusCurrent();
  };

  /** The tab stop and the focus go to the muscle; the server hears which one was toggled. */
  private toggle(muscle: string) {
    this.current = muscle;
    this.mark();
    this.focusCurrent();
    this.dispatchEvent(new CustomEvent('muscle-toggle', { detail: { muscle } }));
  }

  private focusCurrent() {
    this.querySelector<SVGGElement>('g[data-muscle][tabindex="0"]')?.focus();
  }

  /** The server's words; without them, no captions and each region named by its muscle's name. */
  private static words(json: string | null): { captions: Record<string, string>; muscles: [string, string][] } {
    try {
      const words = JSON.parse(json ?? '{}') as Record<string, unknown>;
      const captions: Record<string, string> = {};
      for (const caption of ['front', 'back', 'left', 'right']) {
        captions[caption] = typeof words[caption] === 'string' ? (words[caption] as string) : '';
      }
      const muscles = Array.isArray(words.muscles)
        ? (words.muscles as unknown[]).filter((pair): pair is [string, string] =>
            Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string')
        : [];
      return { captions, muscles };
    } catch {
      return { captions: {}, muscles: [] };
    }
  }
}

customElements.define('limber-body-map', LimberBodyMap);

declare global {
  interface HTMLElementTagNameMap {
    'limber-body-map': LimberBodyMap;
  }
}
