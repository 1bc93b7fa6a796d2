/**
 * Draws Sourcelight's icon (a closing speech mark lit by a small spark, on a deep ink tile) at every size
 * the stores ask for and writes public/icon/<size>.png, which WXT puts in the manifest.
 * Run: `npx tsx scripts/make-icons.ts`. Shapes are defined on a 0..1 square and supersampled, so each
 * size is drawn directly rather than scaled down from a big one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png-encode';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icon');
const SAMPLES = 8; // per axis: 64 samples a pixel for smooth edges

type Rgb = [number, number, number];
const INK: Rgb = [0x1d, 0x27, 0x3f];
const INK_LIGHT: Rgb = [0x2e, 0x3d, 0x63];
const AMBER: Rgb = [0xff, 0xc4, 0x3d];
const SPARK: Rgb = [0xff, 0xf1, 0xbf];

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/** One "9"-shaped speech mark: a round head with a tail that sweeps down and to the left. */
function insideMark(x: number, y: number, cx: number, cy: number, r: number): boolean {
  const dx = x - cx;
  const dy = y - cy;
  if (dx * dx + dy * dy <= r * r) return true;
  // Tail: the band between two circles below the head, fading to a point at the lower left.
  if (dy <= 0 || dy > r * 2.1) return false;
  const ox = cx - r * 1.35;
  const oy = cy - r * 0.15;
  const outer = Math.hypot(x - ox, y - oy);
  const width = r * 0.95 * (1 - dy / (r * 2.2));
  return x > ox && outer <= r * 2.35 && outer >= r * 2.35 - width;
}

/** A four-pointed spark: |dx|^p + |dy|^p <= s^p with p < 1 gives the concave star. */
function insideSpark(x: number, y: number, cx: number, cy: number, s: number): boolean {
  const p = 0.55;
  return Math.abs(x - cx) ** p + Math.abs(y - cy) ** p <= s ** p;
}

function colourAt(x: number, y: number, size: number): [number, number, number, number] | null {
  if (!insideRoundedSquare(x, y, 0.22)) return null;
  const small = size < 32;
  const r = small ? 0.15 : 0.13;
  const markY = small ? 0.42 : 0.44;
  if (insideMark(x, y, small ? 0.36 : 0.37, markY, r) || insideMark(x, y, small ? 0.7 : 0.67, markY, r)) return [...AMBER, 255];
  if (!small && insideSpark(x, y, 0.79, 0.2, 0.1)) return [...SPARK, 255];
  // A soft light from the upper right across the tile.
  const light = Math.max(0, 1 - Math.hypot(x - 0.85, y - 0.1) / 1.1);
  return [
    INK[0] + (INK_LIGHT[0] - INK[0]) * light,
    INK[1] + (INK_LIGHT[1] - INK[1]) * light,
    INK[2] + (INK_LIGHT[2] - INK[2]) * light,
    255,
  ];
}

/** Renders one size as RGBA bytes, averaging SAMPLES x SAMPLES points a pixel (alpha-weighted colour). */
export function renderIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          if (!c) continue;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round(a / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(OUT_DIR, `${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
