// Following the reading (issue 32): the segment being read is scrolled into view, smoothly, unless the reader
// has scrolled away from it; following resumes when the reader scrolls back to it, or asks (the Follow
// button). Scrolls the player makes itself are told apart from the reader's.

function band(player) {
  const header = document.querySelector(".md-header");
  const top = header ? header.getBoundingClientRect().bottom : 0;
  const bottom = player ? player.getBoundingClientRect().top : window.innerHeight;
  return { top, bottom };
}

export function inView(element, player) {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  const { top, bottom } = band(player);
  return box.bottom > top && box.top < bottom;
}

export class Follower {
  constructor(player, onChange) {
    this.player = player;
    this.onChange = onChange;
    this.following = true;
    this.current = null;
    this.ours = false;
    this.timer = 0;
    this.frame = 0;
    this.onScroll = () => {
      if (this.ours || this.frame) return;
      this.frame = window.requestAnimationFrame(() => {
        this.frame = 0;
        if (!this.ours && this.current) this.set(inView(this.current, this.player));
      });
    };
    this.onScrollEnd = () => { this.ours = false; };
    window.addEventListener("scroll", this.onScroll, { passive: true });
    window.addEventListener("scrollend", this.onScrollEnd);
  }

  set(following) {
    if (following === this.following) return;
    this.following = following;
    this.onChange(following);
  }

  /** The segment being read is now `element`: bring it into view if the reader follows and cannot see it. */
  show(element, force = false) {
    this.current = element;
    if (force) this.set(true);
    if (!this.following || !element || inView(element, this.player)) return;
    this.ours = true;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => { this.ours = false; }, 1500); // where scrollend never comes
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
  }

  stop() {
    window.removeEventListener("scroll", this.onScroll);
    window.removeEventListener("scrollend", this.onScrollEnd);
    window.clearTimeout(this.timer);
  }
}
