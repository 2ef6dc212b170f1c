/*
 * Limber's player clock. The server builds the plan (steps, each a list of timed phases with
 * what to show and say); this script counts it down in the browser, so the clock keeps going
 * without the server and without a round trip per second.
 *
 * - Deadlines, not ticks: each phase ends a fixed number of milliseconds after the previous
 *   one ended (on the monotonic performance clock), so late or throttled timers never add up
 *   to drift; a late tick catches up through every phase that has passed.
 * - The server hears only of step changes ("limber-step", when the clock moves on by itself)
 *   and of the end ("limber-end"). Vaadin queues those while the network is down and sends
 *   them when it returns; the clock also re-announces its step when the browser is back online.
 * - Where it is is kept in localStorage under the key the server gives, so a reopened player
 *   (after a lost server session, say) can offer to continue.
 * - Text goes in with textContent only: step names are typed by coaches.
 */
(function () {
  'use strict';
  if (window.LimberPlayer) {
    return;
  }

  var TICK_MS = 200;
  /** The one clock running on this page: a new one stops it, wherever it was mounted. */
  var current = null;
  /** One audio context for the page, unlocked by the athlete's tap (iOS needs the tap). */
  var audio = null;

  function audioContext() {
    var AudioContext = window.AudioContext || window.webkitAudioContext;
    if (!audio && AudioContext) {
      audio = new AudioContext();
    }
    return audio;
  }

  function now() {
    return performance.now();
  }

  function clockText(ms) {
    var seconds = Math.max(0, Math.ceil(ms / 1000));
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ':' + (rest < 10 ? '0' : '') + rest;
  }

  function el(tag, className, role) {
    var node = document.createElement(tag);
    node.className = className;
    if (role) {
      node.setAttribute('role', role);
    }
    return node;
  }

  function Clock(root, host, plan, options) {
    this.root = root;
    this.host = host;
    this.plan = plan;
    this.sound = options.sound !== false;
    this.autoAdvance = options.autoAdvance !== false;
    this.storageKey = options.storageKey;
    this.version = options.version;
    this.step = 0;
    this.phase = 0;
    this.endsAt = 0;
    this.remaining = 0;
    this.paused = false;
    this.waiting = false;
    this.finished = false;
    this.lastBeep = -1;
    this.stepOffsets = [];
    var total = 0;
    for (var i = 0; i < plan.steps.length; i++) {
      this.stepOffsets.push(total);
      total += this.stepSeconds(i);
    }
    this.totalMs = total * 1000;
    this.build();
    var self = this;
    this.onClick = function (event) {
      var action = event.target.closest && event.target.closest('[data-action]');
      if (!action || !self.root.contains(action)) {
        return;
      }
      var name = action.getAttribute('data-action');
      if (name === 'pause') {
        self.togglePause();
      } else if (name === 'restart') {
        self.restartStep();
      }
    };
    this.onOnline = function () {
      self.announceStep();
    };
    root.addEventListener('click', this.onClick);
    window.addEventListener('online', this.onOnline);
    this.timer = setInterval(function () {
      self.tick();
    }, TICK_MS);
  }

  Clock.prototype.stepSeconds = function (index) {
    var phases = this.plan.steps[index].phases;
    var sum = 0;
    for (var i = 0; i < phases.length; i++) {
      sum += phases[i].seconds;
    }
    return sum;
  };

  Clock.prototype.build = function () {
    this.host.textContent = '';
    var top = el('div', 'limber-clock-top');
    this.counter = el('span', 'limber-clock-counter');
    this.left = el('span', 'limber-clock-left');
    top.append(this.counter, this.left);
    this.bar = el('div', 'limber-clock-bar', 'progressbar');
    this.bar.setAttribute('aria-label', 'Progress through the routine');
    this.bar.setAttribute('aria-valuemin', '0');
    this.bar.setAttribute('aria-valuemax', '100');
    this.fill = el('div', 'limber-clock-fill');
    this.bar.append(this.fill);
    this.name = el('div', 'limber-clock-name');
    this.title = el('div', 'limber-clock-phase');
    this.time = el('div', 'limber-clock-time', 'timer');
    this.detail = el('div', 'limber-clock-detail');
    this.live = el('div', 'limber-visually-hidden');
    this.live.setAttribute('aria-live', 'polite');
    this.host.append(top, this.bar, this.name, this.title, this.time, this.detail, this.live);
  };

  Clock.prototype.current = function () {
    return this.plan.steps[this.step].phases[this.phase];
  };

  /** Starts a step from its first phase (or a saved position within it), running. */
  Clock.prototype.start = function (step, phase, remainingMs) {
    this.step = Math.max(0, Math.min(step, this.plan.steps.length - 1));
    var phases = this.plan.steps[this.step].phases;
    this.phase = Math.max(0, Math.min(phase || 0, phases.length - 1));
    var full = phases[this.phase].seconds * 1000;
    var left = remainingMs > 0 && remainingMs <= full ? remainingMs : full;
    this.finished = false;
    this.waiting = false;
    this.lastBeep = -1;
    if (window.speechSynthesis) {
      window.speechSynthesis.cancel();
    }
    if (this.paused) {
      this.remaining = left;
    } else {
      this.endsAt = now() + left;
    }
    this.enterPhase(true);
  };

  Clock.prototype.enterPhase = function (speak) {
    var phase = this.current();
    this.root.setAttribute('data-phase', phase.kind.toLowerCase());
    this.root.removeAttribute('data-waiting');
    this.counter.textContent = 'Step ' + (this.step + 1) + ' of ' + this.plan.steps.length;
    this.name.textContent = this.plan.steps[this.step].name;
    this.title.textContent = phase.title;
    this.detail.textContent = phase.detail;
    this.live.textContent = phase.title + (phase.detail ? ', ' + phase.detail : '');
    if (speak) {
      this.say(phase.say);
    }
    this.save();
    this.render();
  };

  Clock.prototype.tick = function () {
    if (!this.root.isConnected) {
      // the player left the page (Back, another view): a hidden clock must not go on talking
      this.stop();
      return;
    }
    if (this.paused || this.waiting || this.finished) {
      return;
    }
    var t = now();
    var moved = false;
    while (t >= this.endsAt) {
      var phases = this.plan.steps[this.step].phases;
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
      if (!this.autoAdvance) {
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
  };

  Clock.prototype.render = function () {
    var left = this.paused ? this.remaining : this.waiting || this.finished ? 0 : this.endsAt - now();
    this.time.textContent = clockText(left);
    var seconds = Math.ceil(left / 1000);
    if (!this.paused && !this.waiting && seconds <= 3 && seconds >= 1 && seconds !== this.lastBeep) {
      this.lastBeep = seconds;
      this.beep();
    }
    var phases = this.plan.steps[this.step].phases;
    var done = this.stepOffsets[this.step] * 1000;
    for (var i = 0; i < this.phase; i++) {
      done += phases[i].seconds * 1000;
    }
    done += phases[this.phase].seconds * 1000 - Math.max(0, left);
    if (this.finished || this.waiting) {
      done = (this.stepOffsets[this.step] + this.stepSeconds(this.step)) * 1000;
    }
    var share = this.totalMs > 0 ? Math.min(100, Math.max(0, done * 100 / this.totalMs)) : 100;
    this.fill.style.width = share.toFixed(1) + '%';
    this.bar.setAttribute('aria-valuenow', String(Math.round(share)));
    this.left.textContent = clockText(this.totalMs - done) + ' left';
  };

  Clock.prototype.wait = function () {
    this.waiting = true;
    this.root.setAttribute('data-waiting', '');
    var next = this.plan.steps[this.step + 1];
    this.title.textContent = 'Step done';
    this.detail.textContent = 'Next: ' + next.name + '. Tap Next when you are ready.';
    this.live.textContent = this.title.textContent + '. ' + this.detail.textContent;
    this.say('Step done. Next: ' + next.name);
    this.render();
  };

  Clock.prototype.finish = function () {
    this.finished = true;
    this.root.setAttribute('data-phase', 'done');
    this.title.textContent = 'Done';
    this.detail.textContent = '';
    this.say('Done');
    this.render();
    this.forget();
    this.root.dispatchEvent(new CustomEvent('limber-end'));
  };

  Clock.prototype.togglePause = function () {
    if (this.waiting || this.finished) {
      return;
    }
    if (this.paused) {
      this.paused = false;
      this.endsAt = now() + this.remaining;
      this.root.removeAttribute('data-paused');
    } else {
      this.paused = true;
      this.remaining = Math.max(0, this.endsAt - now());
      this.root.setAttribute('data-paused', '');
      if (window.speechSynthesis) {
        window.speechSynthesis.cancel();
      }
    }
    this.save();
    this.render();
  };

  Clock.prototype.restartStep = function () {
    this.start(this.step, 0, 0);
  };

  Clock.prototype.announceStep = function () {
    this.root.dispatchEvent(new CustomEvent('limber-step', {detail: {step: this.step}}));
  };

  Clock.prototype.say = function (text) {
    if (!this.sound || !text || !window.speechSynthesis || !window.SpeechSynthesisUtterance) {
      return;
    }
    try {
      window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
    } catch (e) {
      // no voice here; the screen still shows it
    }
  };

  Clock.prototype.beep = function () {
    if (!this.sound) {
      return;
    }
    try {
      var context = audioContext();
      if (!context) {
        return;
      }
      if (context.state === 'suspended') {
        context.resume();
      }
      var oscillator = context.createOscillator();
      var gain = context.createGain();
      oscillator.frequency.value = 880;
      gain.gain.value = 0.15;
      oscillator.connect(gain);
      gain.connect(context.destination);
      oscillator.start();
      oscillator.stop(context.currentTime + 0.12);
    } catch (e) {
      // no sound here
    }
  };

  Clock.prototype.save = function () {
    if (!this.storageKey || this.finished) {
      return;
    }
    try {
      localStorage.setItem(this.storageKey, JSON.stringify({
        version: this.version,
        step: this.step,
        phase: this.phase,
        remainingMs: Math.round(this.paused ? this.remaining : Math.max(0, this.endsAt - now())),
        savedAt: Date.now()
      }));
    } catch (e) {
      // private mode or full: resuming is a nicety
    }
  };

  Clock.prototype.forget = function () {
    try {
      localStorage.removeItem(this.storageKey);
    } catch (e) {
      // nothing to forget
    }
  };

  Clock.prototype.stop = function () {
    if (current === this) {
      current = null;
    }
    clearInterval(this.timer);
    this.root.removeEventListener('click', this.onClick);
    window.removeEventListener('online', this.onOnline);
    if (window.speechSynthesis) {
      window.speechSynthesis.cancel();
    }
  };

  window.LimberPlayer = {
    /** Starts the clock in host (inside root) at a step, phase and time left in that phase. */
    mount: function (root, host, planJson, options, step, phase, remainingMs) {
      if (current) {
        current.stop();
      }
      root.limberClock = new Clock(root, host, JSON.parse(planJson), options);
      current = root.limberClock;
      root.limberClock.start(step, phase, remainingMs);
    },
    /**
     * Called in the athlete's own tap on Start or Continue: browsers (iOS Safari above all)
     * let a page make sound only after a tap, and the clock starts a moment later.
     */
    unlock: function () {
      try {
        var context = audioContext();
        if (context && context.state === 'suspended') {
          context.resume();
        }
        if (window.speechSynthesis && window.SpeechSynthesisUtterance) {
          window.speechSynthesis.speak(new SpeechSynthesisUtterance(''));
        }
      } catch (e) {
        // no sound here; the screen still shows everything
      }
    },
    /** The athlete chose a step (Next, Previous, the step list): start it from the beginning. */
    goTo: function (root, step) {
      if (root.limberClock) {
        root.limberClock.start(step, 0, 0);
      }
    },
    set: function (root, name, value) {
      if (root.limberClock) {
        root.limberClock[name] = value;
        if (name === 'autoAdvance' && value && root.limberClock.waiting) {
          root.limberClock.waiting = false;
          root.limberClock.root.removeAttribute('data-waiting');
          root.limberClock.endsAt = now();
        }
      }
    },
    /** Stops the clock: for good when the session ended (forget), or as the player leaves the page. */
    stop: function (root, forget) {
      if (root.limberClock) {
        if (forget) {
          root.limberClock.forget();
        }
        root.limberClock.stop();
        root.limberClock = null;
      }
    }
  };
})();
