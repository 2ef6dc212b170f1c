/**
 * <limber-video>: wraps the <video> of a stretch (the server puts it inside, with its address and
 * poster) and makes it a silent loop: muted whatever the controls say, looping, inline on phones,
 * and playing by itself, except for those who ask for reduced motion: for them it stands on its
 * poster with controls, to be started by hand.
 *
 * With a `poster-target` (the server's upload address, for a video it cannot decode, such as VP9)
 * it draws the video's first frame on a canvas once it is there and posts it as a JPEG, once.
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
    if (this.hasAttribute('poster-target')) {
      if (video.readyState >= 2) {
        this.sendPoster(video);
      } else {
        video.addEventListener('loadeddata', () => this.sendPoster(video), { once: true });
      }
    }
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

  private posterSent = false;

  private sendPoster(video: HTMLVideoElement) {
    const target = this.getAttribute('poster-target');
    if (!target || this.posterSent || !video.videoWidth || !video.videoHeight) {
      return;
    }
    this.posterSent = true;
    const scale = Math.min(1, 1600 / Math.max(video.videoWidth, video.videoHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) {
      return;
    }
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((jpeg) => {
      if (!jpeg) {
        return;
      }
      const form = new FormData();
      form.append('file', jpeg, 'poster.jpg');
      fetch(target, { method: 'POST', body: form, credentials: 'same-origin' })
        .then((answer) => {
          if (answer.ok) {
            this.removeAttribute('poster-target');
            this.dataset.poster = 'sent';
          }
        })
        .catch(() => {
          // no poster this time; the next visit of the page tries again
        });
    }, 'image/jpeg', 0.9);
  }
}

customElements.define('limber-video', LimberVideo);
