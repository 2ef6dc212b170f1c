/**
 * <limber-pose-drag>: lets a coach pose a figure by dragging its joints. The figure inside
 * (PoseFigure's SVG, with handles marked `data-handle`) stays the server's drawing; while a
 * handle is dragged it follows the pointer, and when it is let go the element sends
 * `pose-drag` with the handle and where it was let go, in the figure's own units. The server
 * turns the joint, keeps it inside its human range, and draws the figure again.
 *
 * Dragging is for pointers; the number fields next to the figure are the keyboard's way.
 */
export class LimberPoseDrag extends HTMLElement {
  private dragged: SVGGraphicsElement | null = null;

  connectedCallback() {
    this.addEventListener('pointerdown', this.down);
    this.addEventListener('pointermove', this.move);
    this.addEventListener('pointerup', this.up);
    this.addEventListener('pointercancel', this.cancel);
  }

  disconnectedCallback() {
    this.removeEventListener('pointerdown', this.down);
    this.removeEventListener('pointermove', this.move);
    this.removeEventListener('pointerup', this.up);
    this.removeEventListener('pointercancel', this.cancel);
  }

  private readonly down = (event: PointerEvent) => {
    const handle = (event.target as Element | null)?.closest?.('[data-handle]');
    if (!(handle instanceof SVGGraphicsElement)) {
      return;
    }
    event.preventDefault();
    this.dragged = handle;
    this.setPointerCapture(event.pointerId);
    handle.classList.add('dragged');
  };

  private readonly move = (event: PointerEvent) => {
    if (!this.dragged) {
      return;
    }
    const at = this.toFigure(event);
    if (at) {
      this.dragged.setAttribute('cx', String(at.x));
      this.dragged.setAttribute('cy', String(at.y));
    }
  };

  private readonly up = (event: PointerEvent) => {
    if (!this.dragged) {
      return;
    }
    const handle = this.dragged.getAttribute('data-handle');
    const at = this.toFigure(event);
    this.cancel();
    if (handle && at) {
      this.dispatchEvent(new CustomEvent('pose-drag', { detail: { handle, x: at.x, y: at.y } }));
    }
  };

  private readonly cancel = () => {
    this.dragged?.classList.remove('dragged');
    this.dragged = null;
  };

  /** The pointer in the figure's units (its view box), or null when the figure is not there. */
  private toFigure(event: PointerEvent): { x: number; y: number } | null {
    const svg = this.querySelector('svg');
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) {
      return null;
    }
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: Math.round(point.x * 10) / 10, y: Math.round(point.y * 10) / 10 };
  }
}

customElements.define('limber-pose-drag', LimberPoseDrag);

declare global {
  interface HTMLElementTagNameMap {
    'limber-pose-drag': LimberPoseDrag;
  }
}
