/**
 * <limber-clock>: the player's countdown. The server hands it a plan (steps, each a list of
 * timed phases with what to show and say) and tells it where to start; it counts the plan down
 * in the browser, so the clock keeps going without the server and with no round trip per second.
 *
 * - Deadlines, not ticks: each phase ends a fixed number of milliseconds after the previous one
 *   ended, on the monotonic clock (performance.now()), so late or throttled timers never add up
 *   to drift; a late tick catches up through every phase that has passed, and only the phase it
 *   lands on speaks.
 * - The server hears only of step changes ("limber-step", when the clock moves on by itself) and
 *   of the end ("limber-end"). Vaadin queues those while the network is down and sends them when
 *   it returns; the clock also re-announces its step when the browser is back online.
 * - The work really done goes with them (detail.work, see work()): per step, the milliseconds its
 *   holds ran (running: not paused, not waiting; phases passed while the tab slept count, as the
 *   deadlines count them) and how many of its reps phases ran to their end, each phase credited at
 *   most its planned length, so "Restart step" does not count a hold twice. So that the server has
 *   it before it handles a tap on one of its buttons, a tap on any button of the page first sends
 *   "limber-progress" with the same detail (from a capture listener on the document, so the event
 *   is queued before the button's own click); pausing sends it as well. The server decides what
 *   counts; this only reports.
 * - Pause and "restart step" are buttons the server puts inside the element (data-action="pause"
 *   or "restart"): the clock handles their taps itself, without the server. The element carries
 *   data-phase, data-paused and data-waiting for the page's styles.
 * - Where it is goes to localStorage under the key the server gives, so a reopened player (after
 *   a lost server session, say) can offer to continue.
 * - A RELEASE phase ("until it releases", for a cramp) counts up, not down, to its length, which
 *   is its maximum: a button marked data-action="released" ends it there and then (counted as
 *   released); at the maximum it stops counting (data-release-max) and suggests stopping, and a
 *   button marked data-action="release-next" goes on with the step.
 * - Text goes in with textContent only: step names are typed by coaches.
 * - Words in the reader's language: the phases' words come with the plan; the clock's own come
 *   from the server in the "words" attribute (JSON, see ClockWords: "{0}" marks an argument), and
 *   the voice speaks the language of the "speech-lang" attribute (else the page's <html lang>).
 *   Without them, English.
 */

export type PhaseKind = 'READY' | 'HOLD' | 'SWITCH' | 'REPS' | 'REST' | 'RELEASE';

export interface Phase {
  kind: PhaseKind;
  seconds: number;
  title: string;
  detail: string;
  say: string;
  /** The side worked (or got ready for) in this phase; null when both sides work at once. */
  side: 'LEFT' | 'RIGHT' | null;
  /** A RELEASE phase at its maximum: what the screen shows and the voice says. */
  atMax?: { title: string; detail: string; say: string };
}

/** The clock's own words, from the server ("words" attribute); "{0}", "{1}" mark the arguments. */
export interface ClockWords {
  stepOf: string;
  left: string;
  progress: string;
  released: string;
  stepDone: string;
  nextDetail: string;
  stepDoneSaid: string;
  done: string;
}

/** The clock's words in English, when the server gave none. */
const ENGLISH: ClockWords = {
  stepOf: 'Step {0} of {1}',
  left: '{0} left',
  progress: 'Progress through the routine',
  released: 'Released',
  stepDone: 'Step done',
  nextDetail: 'Next: {0}. Tap Next when you are ready.',
  stepDoneSaid: 'Step done. Next: {0}',
  done: 'Done',
};

/** A pattern's "{0}", "{1}" replaced by the arguments (as text). */
function filled(pattern: string, ...args: (string | number)[]): string {
  return pattern.replace(/\{(\d)\}/g, (whole, at: string) => (Number(at) < args.length ? String(args[Number(at)]) : whole));
}

export interface Step {
  name: string;
  phases: Phase[];
}

export interface Plan {
  steps: Step[];
}

/** What one step's work came to: milliseconds of hold that ran, reps phases run to their end, holds released. */
export interface StepWork {
  hold: number;
  reps: number;
  released: number;
}

/** What localStorage keeps, for the server to offer "Continue". */
export interface SavedPosition {
  version: number;
  step: number;
  phase: number;
  remainingMs: number;
  savedAt: number;
}

const TICK_MS = 200;

/** One audio context for the page, unlocked by the athlete's tap (iOS needs the tap). */
let audio: AudioContext | null = null;

function audioContext(): AudioContext | null {
  const Context = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!audio && Context) {
    audio = new Context();
  }
  return audio;
}

/**
 * Called in the athlete's own tap on Start or Continue: browsers (iOS Safari above all) let a
 * page make sound only after a tap, and the clock starts a moment later, after a server round trip.
 */
export function unlockSound(): void {
  try {
    const context = audioContext();
    if (context && context.state === 'suspended') {
      void context.resume();
    }
    if (window.speechSynthesis && window.SpeechSynthesisUtterance) {
      window.speechSynthesis.speak(new SpeechSynthesisUtterance(''));
    }
  } catch {
    // no sound here; the screen still shows everything
  }
}

/** Any tap on an element marked data-unlocks-sound (Start, Continue, Start over) unlocks sound. */
document.addEventListener('click', (event) => {
  if (event.composedPath().some((node) => node instanceof Element && node.hasAttribute('data-unlocks-sound'))) {
    unlockSound();
  }
}, true);

function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return `${minutes}:${rest < 10 ? '0' : ''}${rest}`;
}

/** "2 min", "1 min 30 s", "45 s": a maximum in the athlete's words. */
function durationText(seconds: number): string {
  if (seconds < 60) {
    return `${seconds} s`;
  }
  const rest = seconds % 60;
  return `${Math.floor(seconds / 60)} min${rest === 0 ? '' : ` ${rest} s`}`;
}

function part(tag: string, className: string, role?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.setAttribute('part', className.replace('limber-clock-', ''));
  if (role) {
    node.setAttribute('role', role);
  }
  return node;
}

const styles = `
  :host {
    display: block;
    border-radius: var(--lumo-border-radius-l);
    background: var(--lumo-contrast-5pct);
    padding: var(--lumo-space-s) var(--lumo-space-m) var(--lumo-space-m);
    text-align: center;
  }
  :host([data-phase="hold"]), :host([data-phase="reps"]), :host([data-phase="release"]) {
    background: var(--lumo-primary-color-10pct);
  }
  :host([data-phase="switch"]) {
    background: hsla(40, 95%, 55%, 0.18);
  }
  /* on the amber of "switch sides" the secondary grey falls under 4.5:1 in dark: body text there */
  :host([data-phase="switch"]) .limber-clock-counter, :host([data-phase="switch"]) .limber-clock-left {
    color: var(--lumo-body-text-color);
  }
  .limber-clock-top {
    display: flex;
    justify-content: space-between;
    font-size: 1rem;
    color: var(--lumo-secondary-text-color);
  }
  .limber-clock-bar {
    height: 8px;
    border-radius: 4px;
    background: var(--lumo-contrast-10pct);
    margin: var(--lumo-space-xs) 0 var(--lumo-space-s);
    overflow: hidden;
  }
  .limber-clock-fill {
    height: 100%;
    width: 0;
    background: var(--lumo-primary-color);
    transition: width 0.2s linear;
  }
  .limber-clock-name {
    font-size: 1.25rem;
    font-weight: 600;
  }
  .limber-clock-phase {
    font-size: 1.75rem;
    font-weight: 700;
    color: var(--lumo-primary-text-color);
    margin-top: var(--lumo-space-xs);
  }
  .limber-clock-time {
    font-size: clamp(4rem, 24vw, 7rem);
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
    margin: var(--lumo-space-xs) 0;
  }
  :host([data-paused]) .limber-clock-time {
    opacity: 0.45;
  }
  .limber-clock-detail {
    font-size: 1.125rem;
    min-height: 1.5em;
  }
  .limber-clock-live {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

export class LimberClock extends HTMLElement {
  /** The one clock running on this page: starting another stops it. */
  private static running: LimberClock | null = null;

  // Set by the server as element properties, possibly before this module has upgraded the
  // element: declared without initialisers, so values set early are kept.
  /** The plan to count down: set before start(), or handed to start(). */
  declare plan: Plan;
  /** Voice cues and beeps (on unless false). */
  declare sound: boolean;
  /** The localStorage key where the position is kept; none: not kept. */
  declare storageKey: string;
  /** The version of the routine the plan was made from, saved with the position. */
  declare version: number;

  step = 0;
  phase = 0;
  /** When the current phase ends, on the performance.now() clock (while running). */
  endsAt = 0;
  /** What was left of the current phase when paused. */
  remaining = 0;
  paused = false;
  waiting = false;
  finished = false;
  /** A hold until it releases reached its maximum without being released: counting stopped. */
  atMax = false;

  private advance = true;
  private wordsGiven: string | null = null;
  private wordsRead: ClockWords = ENGLISH;
  private lastBeep = -1;
  private stepOffsets: number[] = [];
  private totalMs = 0;
  private timer: number | undefined;
  /** Per step, per phase: the milliseconds it ran (at most its planned length). */
  private ran: number[][] = [];
  /** Per step, per phase: the phase ran to its end at least once. */
  private ended: boolean[][] = [];
  /** Per step, per phase: the athlete marked this hold until it releases as released. */
  private releasedPhases: boolean[][] = [];
  /** The current hold until it releases may end at its deadline: it was released, or the athlete went on after its maximum. */
  private letGo = false;
  /** Up to when (performance.now()) the current phase's running time has been counted. */
  private countedTo = 0;

  private readonly counter = part('span', 'limber-clock-counter');
  private readonly left = part('span', 'limber-clock-left');
  private readonly bar = part('div', 'limber-clock-bar', 'progressbar');
  private readonly fill = part('div', 'limber-clock-fill');
  private readonly stepName = part('div', 'limber-clock-name');
  private readonly phaseTitle = part('div', 'limber-clock-phase');
  private readonly time = part('div', 'limber-clock-time', 'timer');
  private readonly detail = part('div', 'limber-clock-detail');
  private readonly live = part('div', 'limber-clock-live');

  private readonly onClick = (event: Event) => {
    const action = event.composedPath()
      .find((node): node is Element => node instanceof Element && node.hasAttribute('data-action') && this.contains(node));
    const name = action?.getAttribute('data-action');
    if (name === 'pause') {
      this.togglePause();
    } else if (name === 'restart') {
      this.restartStep();
    } else if (name === 'released') {
      this.release();
    } else if (name === 'release-next') {
      this.goOnAfterMax();
    }
  };

  private readonly onOnline = () => this.announceStep();

  /**
   * Before any tap on a button of the page that the server handles (Next, Previous, a step of the
   * list, Finish, End, End session), the work so far goes to the server: dispatched from a capture
   * listener on the document, it is queued ahead of the button's own click. Pause and Restart step
   * are the clock's own (pausing reports by itself).
   */
  private readonly onAnyTap = (event: Event) => {
    if (LimberClock.running !== this || this.finished) {
      return;
    }
    const path = event.composedPath();
    const button = path.find((node): node is Element => node instanceof Element
      && (node.localName === 'vaadin-button' || node.localName === 'button' || node.getAttribute('role') === 'button'));
    if (!button || (button.hasAttribute('data-action') && this.contains(button))) {
      return;
    }
    this.reportProgress();
  };

  constructor() {
    super();
    if (Object.prototype.hasOwnProperty.call(this, 'autoAdvance')) {
      // set before the upgrade: it hides the accessor; hand it to the accessor instead
      const value = (this as unknown as { autoAdvance: boolean }).autoAdvance;
      delete (this as unknown as { autoAdvance?: boolean }).autoAdvance;
      this.autoAdvance = value;
    }
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = styles;
    const top = part('div', 'limber-clock-top');
    top.append(this.counter, this.left);
    this.bar.setAttribute('aria-label', ENGLISH.progress);
    this.bar.setAttribute('aria-valuemin', '0');
    this.bar.setAttribute('aria-valuemax', '100');
    this.bar.append(this.fill);
    this.live.setAttribute('aria-live', 'polite');
    // the step's figure (slot="figure") goes above the time; the controls the server puts
    // inside (Previous, Pause, Restart step, Next) go below it
    const figure = document.createElement('slot');
    figure.name = 'figure';
    root.append(style, top, this.bar, this.stepName, figure, this.phaseTitle, this.time, this.detail, this.live,
      document.createElement('slot'));
  }

  /** Go on to the next step by itself; turned on while waiting at the end of a step, it goes on at once. */
  get autoAdvance(): boolean {
    return this.advance;
  }

  set autoAdvance(value: boolean) {
    this.advance = value;
    if (value && this.waiting) {
      this.waiting = false;
      this.removeAttribute('data-waiting');
      this.endsAt = performance.now();
      this.countedTo = this.endsAt;
    }
  }

  connectedCallback(): void {
    this.bar.setAttribute('aria-label', this.words().progress);
    this.addEventListener('click', this.onClick);
    window.addEventListener('online', this.onOnline);
    document.addEventListener('click', this.onAnyTap, true);
  }

  disconnectedCallback(): void {
    // the player left the page (Back, another view): a hidden clock must not go on talking
    this.stop(false);
    this.removeEventListener('click', this.onClick);
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('click', this.onAnyTap, true);
  }

  /**
   * Starts counting at a step, at a phase and the time left in it (0: all of it), running unless
   * paused; with a plan (as JSON, from the server), that plan from now on.
   */
  start(step: number, phase = 0, remainingMs = 0, plan?: Plan | string): void {
    if (plan !== undefined) {
      this.plan = typeof plan === 'string' ? (JSON.parse(plan) as Plan) : plan;
    }
    if (LimberClock.running && LimberClock.running !== this) {
      LimberClock.running.stop(false);
    }
    if (this.timer !== undefined && this.ran.length === this.plan.steps.length) {
      // moving on from a position that was running: what it ran so far counts
      this.count(performance.now());
    }
    LimberClock.running = this;
    this.measure();
    this.keepWorkFor(this.plan);
    this.step = Math.max(0, Math.min(step, this.plan.steps.length - 1));
    const phases = this.plan.steps[this.step].phases;
    this.phase = Math.max(0, Math.min(phase || 0, phases.length - 1));
    const full = phases[this.phase].seconds * 1000;
    const left = remainingMs > 0 && remainingMs <= full ? remainingMs : full;
    this.finished = false;
    this.waiting = false;
    this.atMax = false;
    this.letGo = false;
    this.removeAttribute('data-release-max');
    this.lastBeep = -1;
    window.speechSynthesis?.cancel();
    if (this.paused) {
      this.remaining = left;
    } else {
      this.endsAt = performance.now() + left;
    }
    this.countedTo = performance.now();
    this.enterPhase(true);
    if (this.timer === undefined) {
      this.timer = window.setInterval(() => this.tick(), TICK_MS);
    }
  }

  /** The athlete chose a step (Next, Previous, the step list): start it from the beginning. */
  goTo(step: number): void {
    this.start(step, 0, 0);
  }

  /** The work done so far, step by step (see the top of this file); the current phase counted up to now. */
  work(): StepWork[] {
    if (this.timer !== undefined) {
      this.count(performance.now());
    }
    return this.plan.steps.map((step, index) => {
      let hold = 0;
      let reps = 0;
      let released = 0;
      step.phases.forEach((phase, at) => {
        if (phase.kind === 'HOLD' || phase.kind === 'RELEASE') {
          hold += this.ran[index]?.[at] ?? 0;
        } else if (phase.kind === 'REPS' && this.ended[index]?.[at]) {
          reps++;
        }
        if (phase.kind === 'RELEASE' && this.releasedPhases[index]?.[at]) {
          released++;
        }
      });
      return { hold: Math.round(hold), reps, released };
    });
  }

  /** Stops the clock: for good when the session ended (forget the saved position), or as the player leaves. */
  stop(forget: boolean): void {
    if (this.timer !== undefined) {
      this.count(performance.now());
    }
    if (forget) {
      this.forget();
    }
    if (LimberClock.running === this) {
      LimberClock.running = null;
    }
    if (this.timer !== undefined) {
      window.clearInterval(this.timer);
      this.timer = undefined;
      window.speechSynthesis?.cancel();
    }
  }

  private measure(): void {
    this.stepOffsets = [];
    let total = 0;
    for (let i = 0; i < this.plan.steps.length; i++) {
      this.stepOffsets.push(total);
      total += this.stepSeconds(i);
    }
    this.totalMs = total * 1000;
  }

  /** A new plan (another routine, or the first start): no work done on it yet. */
  private keepWorkFor(plan: Plan): void {
    if (this.ran.length === plan.steps.length
      && this.ran.every((phases, index) => phases.length === plan.steps[index].phases.length)) {
      return;
    }
    this.ran = plan.steps.map((step) => step.phases.map(() => 0));
    this.ended = plan.steps.map((step) => step.phases.map(() => false));
    this.releasedPhases = plan.steps.map((step) => step.phases.map(() => false));
  }

  /**
   * Counts the current phase's running time up to a moment (at most its planned length in all):
   * nothing while paused, waiting or finished.
   */
  private count(until: number): void {
    if (this.paused || this.waiting || this.finished || this.atMax || !this.ran[this.step]) {
      return;
    }
    // the current phase runs until its deadline at most (a sleeping tab catches up phase by phase)
    const upTo = Math.min(until, this.endsAt);
    if (upTo > this.countedTo) {
      const phases = this.ran[this.step];
      phases[this.phase] = Math.min(this.current().seconds * 1000, phases[this.phase] + (upTo - this.countedTo));
      this.countedTo = upTo;
    }
  }

  /** The current phase ran out at its deadline: all of it ran. */
  private phaseEnded(): void {
    this.count(this.endsAt);
    this.ended[this.step][this.phase] = true;
  }

  private stepSeconds(index: number): number {
    return this.plan.steps[index].phases.reduce((sum, phase) => sum + phase.seconds, 0);
  }

  private current(): Phase {
    return this.plan.steps[this.step].phases[this.phase];
  }

  private enterPhase(speak: boolean): void {
    const phase = this.current();
    this.setAttribute('data-phase', phase.kind.toLowerCase());
    // the page's CSS mirrors the step's figure for the right side
    this.setAttribute('data-side', (phase.side ?? '').toLowerCase());
    this.removeAttribute('data-waiting');
    this.removeAttribute('data-release-max');
    this.counter.textContent = filled(this.words().stepOf, this.step + 1, this.plan.steps.length);
    this.stepName.textContent = this.plan.steps[this.step].name;
    this.phaseTitle.textContent = phase.title;
    this.detail.textContent = phase.detail;
    this.live.textContent = phase.title + (phase.detail ? `, ${phase.detail}` : '');
    this.markPhase();
    if (speak) {
      this.say(phase.say);
    }
    this.save();
    this.render();
  }

  /**
   * Marks the phase playing in the page's list of this step's phases (the element named by the
   * phase-list attribute, its data-step this step): aria-current="step" on its item, on no other.
   */
  private markPhase(): void {
    const id = this.getAttribute('phase-list');
    const list = id ? document.getElementById(id) : null;
    if (!list || list.getAttribute('data-step') !== String(this.step)) {
      return;
    }
    Array.from(list.children).forEach((item, at) => {
      if (at === this.phase) {
        item.setAttribute('aria-current', 'step');
      } else {
        item.removeAttribute('aria-current');
      }
    });
  }

  private tick(): void {
    if (this.paused || this.waiting || this.finished || this.atMax) {
      return;
    }
    const now = performance.now();
    let moved = false;
    while (now >= this.endsAt) {
      const phases = this.plan.steps[this.step].phases;
      if (this.current().kind === 'RELEASE' && !this.letGo) {
        // the maximum, not released: stop counting here and suggest stopping
        if (moved) {
          this.enterPhase(false);
        }
        this.stopAtMax();
        return;
      }
      this.letGo = false;
      this.phaseEnded();
      if (this.phase + 1 < phases.length) {
        this.phase++;
        this.endsAt += this.current().seconds * 1000;
        moved = true;
        continue;
      }
      // the step is over
      if (this.step + 1 >= this.plan.steps.length) {
        this.finish();
        return;
      }
      if (!this.advance) {
        if (moved) {
          this.enterPhase(false);
        }
        this.wait();
        return;
      }
      this.step++;
      this.phase = 0;
      this.endsAt += this.current().seconds * 1000;
      moved = true;
      this.announceStep();
    }
    if (moved) {
      this.lastBeep = -1;
      // only the phase we land on speaks, however many passed while the tab slept
      this.enterPhase(true);
    } else {
      this.render();
    }
  }

  private render(): void {
    const left = this.paused ? this.remaining : this.waiting || this.finished || this.atMax ? 0 : this.endsAt - performance.now();
    const release = !this.waiting && !this.finished && this.current().kind === 'RELEASE';
    // a hold until it releases counts up: the time spent in it so far
    this.time.textContent = release
      ? clockText(Math.floor((this.current().seconds * 1000 - Math.max(0, left)) / 1000) * 1000) : clockText(left);
    const seconds = Math.ceil(left / 1000);
    if (!release && !this.paused && !this.waiting && seconds <= 3 && seconds >= 1 && seconds !== this.lastBeep) {
      this.lastBeep = seconds;
      this.beep();
    }
    const phases = this.plan.steps[this.step].phases;
    let done = this.stepOffsets[this.step] * 1000;
    for (let i = 0; i < this.phase; i++) {
      done += phases[i].seconds * 1000;
    }
    done += phases[this.phase].seconds * 1000 - Math.max(0, left);
    if (this.finished || this.waiting) {
      done = (this.stepOffsets[this.step] + this.stepSeconds(this.step)) * 1000;
    }
    const share = this.totalMs > 0 ? Math.min(100, Math.max(0, (done * 100) / this.totalMs)) : 100;
    this.fill.style.width = `${share.toFixed(1)}%`;
    this.bar.setAttribute('aria-valuenow', String(Math.round(share)));
    this.left.textContent = filled(this.words().left, clockText(this.totalMs - done));
  }

  /** The hold until it releases reached its maximum: counting stops, and the athlete is told to stop or go on. */
  private stopAtMax(): void {
    this.count(this.endsAt);
    this.atMax = true;
    this.setAttribute('data-release-max', '');
    const atMax = this.current().atMax;
    this.phaseTitle.textContent = atMax?.title ?? `Still cramping after ${durationText(this.current().seconds)}`;
    this.detail.textContent = atMax?.detail ?? 'Stop here, and get help if it keeps coming back. Or go on with Next.';
    this.live.textContent = `${this.phaseTitle.textContent}. ${this.detail.textContent}`;
    this.say(atMax?.say ?? `Still cramping after ${durationText(this.current().seconds).replace('min', 'minutes').replace(' s', ' seconds')}. `
      + 'Stop here, and get help if it keeps coming back.');
    this.save();
    this.render();
  }

  /** "Released": the cramp let go; this hold ends now, counted as released, and the step goes on. */
  private release(): void {
    if (this.current().kind !== 'RELEASE' || this.waiting || this.finished || this.atMax) {
      return;
    }
    const now = performance.now();
    if (this.paused) {
      this.paused = false;
      this.removeAttribute('data-paused');
    } else {
      this.count(now);
    }
    this.releasedPhases[this.step][this.phase] = true;
    this.letGo = true;
    this.endsAt = now;
    this.countedTo = now;
    this.say(this.words().released);
    this.tick();
  }

  /** Next after the maximum: the hold is over (not released), and the step goes on from now. */
  private goOnAfterMax(): void {
    if (!this.atMax) {
      return;
    }
    const now = performance.now();
    this.atMax = false;
    this.removeAttribute('data-release-max');
    this.letGo = true;
    this.endsAt = now;
    this.countedTo = now;
    this.tick();
  }

  private wait(): void {
    this.count(this.endsAt);
    this.waiting = true;
    this.setAttribute('data-waiting', '');
    const next = this.plan.steps[this.step + 1];
    this.phaseTitle.textContent = this.words().stepDone;
    this.detail.textContent = filled(this.words().nextDetail, next.name);
    this.live.textContent = `${this.phaseTitle.textContent}. ${this.detail.textContent}`;
    this.say(filled(this.words().stepDoneSaid, next.name));
    this.render();
  }

  private finish(): void {
    this.count(this.endsAt);
    this.finished = true;
    this.setAttribute('data-phase', 'done');
    this.phaseTitle.textContent = this.words().done;
    this.detail.textContent = '';
    this.say(this.words().done);
    this.render();
    this.forget();
    this.dispatchEvent(new CustomEvent('limber-end', { detail: { work: this.workJson() } }));
  }

  private togglePause(): void {
    if (this.waiting || this.finished || this.atMax) {
      return;
    }
    if (this.paused) {
      this.paused = false;
      this.endsAt = performance.now() + this.remaining;
      this.countedTo = performance.now();
      this.removeAttribute('data-paused');
    } else {
      this.count(performance.now());
      this.paused = true;
      this.remaining = Math.max(0, this.endsAt - performance.now());
      this.setAttribute('data-paused', '');
      window.speechSynthesis?.cancel();
      this.reportProgress();
    }
    this.save();
    this.render();
  }

  private restartStep(): void {
    this.start(this.step, 0, 0);
  }

  private announceStep(): void {
    this.dispatchEvent(new CustomEvent('limber-step', { detail: { step: this.step, work: this.workJson() } }));
  }

  /** Tells the server the work so far ("limber-progress"). */
  private reportProgress(): void {
    this.dispatchEvent(new CustomEvent('limber-progress', { detail: { work: this.workJson() } }));
  }

  /** The work as the server reads it: JSON, [[hold milliseconds, reps, holds released], …] per step. */
  private workJson(): string {
    return JSON.stringify(this.work().map((step) => [step.hold, step.reps, step.released]));
  }

  /** The clock's own words: the server's ("words" attribute), English where it gave none. */
  private words(): ClockWords {
    const given = this.getAttribute('words');
    if (given !== this.wordsGiven) {
      this.wordsGiven = given;
      try {
        this.wordsRead = { ...ENGLISH, ...(given ? JSON.parse(given) as Partial<ClockWords> : {}) };
      } catch {
        this.wordsRead = ENGLISH;
      }
    }
    return this.wordsRead;
  }

  private say(text: string): void {
    if (this.sound === false || !text || !window.speechSynthesis || !window.SpeechSynthesisUtterance) {
      return;
    }
    try {
      const utterance = new SpeechSynthesisUtterance(text);
      // the page's language, so that a Spanish cue is not read with an English voice
      const lang = this.getAttribute('speech-lang') || document.documentElement.lang;
      if (lang) {
        utterance.lang = lang;
      }
      window.speechSynthesis.speak(utterance);
    } catch {
      // no voice here; the screen still shows it
    }
  }

  private beep(): void {
    if (this.sound === false) {
      return;
    }
    try {
      const context = audioContext();
      if (!context) {
        return;
      }
      if (context.state === 'suspended') {
        void context.resume();
      }
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = 880;
      gain.gain.value = 0.15;
      oscillator.connect(gain);
      gain.connect(context.destination);
      oscillator.start();
      oscillator.stop(context.currentTime + 0.12);
    } catch {
      // no sound here
    }
  }

  private save(): void {
    if (!this.storageKey || this.finished) {
      return;
    }
    const position: SavedPosition = {
      version: this.version,
      step: this.step,
      phase: this.phase,
      remainingMs: Math.round(this.paused ? this.remaining : Math.max(0, this.endsAt - performance.now())),
      savedAt: Date.now(),
    };
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(position));
    } catch {
      // private mode or full: resuming is a nicety
    }
  }

  private forget(): void {
    if (!this.storageKey) {
      return;
    }
    try {
      localStorage.removeItem(this.storageKey);
    } catch {
      // nothing to forget
    }
  }
}

if (!customElements.get('limber-clock')) {
  customElements.define('limber-clock', LimberClock);
}

declare global {
  interface HTMLElementTagNameMap {
    'limber-clock': LimberClock;
  }
}
