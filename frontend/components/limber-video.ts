/**
 * <limber-video>: wraps the <video> of a stretch (the server puts it inside, with its address and
 * poster) and makes it a silent loop: muted whatever the controls say, looping, inline on phones,
 * and playing by itself, except for those who ask for reduced motion: for them it stands on its
 * poster with controls, to be started by hand.
 */
export class LimberVideo extends HTMLElement {
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  private readonly observer = new MutationObserver(() => this.apply());
  private video: HTMLVideoElement | null = null;

  connectedCallback() {
    this.observer.observe(this, { childList: true });
    this.reducedMotion.addEventListener('change', this.motionChanged);
    this.apply();
  }

  disconnectedCallback() {
    this.observer.disconnect();
    this.reducedMotion.removeEventListener('change', this.motionChanged);
    this.video?.removeEventListener('volumechange', this.keepMuted);
    this.video = null;
  }

  private readonly motionChanged = () => {
    this.video = null;
    this.apply();
  };

  private readonly keepMuted = (event: Event) => {
    const video = event.target as HTMLVideoElement;
    if (!video.muted) {
      video.muted = true;
    }
  };

  private apply() {
    const video = this.querySelector('video');
    if (!video || video === this.video) {
      return;
    }
    this.video?.removeEventListener('volumechange', this.keepMuted);
    this.video = video;
    video.defaultMuted = true;
    video.muted = true;
    video.loop = true;
    video.playsInline = true;
    video.addEventListener('volumechange', this.keepMuted);
    if (this.reducedMotion.matches) {
      video.autoplay = false;
      video.pause();
      video.controls = true;
      this.dataset.motion = 'still';
    } else {
      video.controls = false;
      video.autoplay = true;
      this.dataset.motion = 'playing';
      video.play().catch(() => {
        // the browser would not start it (power saving, say): the athlete can, with the controls
        video.controls = true;
      });
    }
  }
}

customElements.define('limber-video', LimberVideo);
