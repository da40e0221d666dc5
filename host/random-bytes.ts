// Random bytes for the VM (random.seed() without a seed, os.urandom): from the system's device
// where the platform installed a reader of it (node-random.ts: /dev/urandom, as CPython reads
// them), else from Web Crypto. Reading the device costs nothing to set up, where Node's
// crypto.getRandomValues loads its Web Crypto implementation on first use: milliseconds of the
// start-up of every program that imports random.

/** Fills buf from the system's device; false when there is none. */
let fillFromDevice: (buf: Uint8Array) => boolean = () => false;

export function setRandomDevice(fill: (buf: Uint8Array) => boolean): void {
  fillFromDevice = fill;
}

/** Fills buf with random bytes. */
export function fillRandom(buf: Uint8Array): void {
  if (fillFromDevice(buf)) return;
  // getRandomValues fills at most 65536 bytes a call.
  for (let at = 0; at < buf.length; at += 65536) {
    crypto.getRandomValues(buf.subarray(at, Math.min(buf.length, at + 65536)) as Uint8Array<ArrayBuffer>);
  }
}
