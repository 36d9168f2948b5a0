/**
 * Photos: a simple SVG scene (street, landscape, room, or a document on a table) whose shapes and colours
 * come from `photo.seed`, rendered by sharp, roughened with seeded sensor grain, saved as JPEG and tagged
 * with camera EXIF (make, model, times, size, GPS). Same spec, same bytes.
 */
import piexif, { type ExifDict } from 'piexifjs';
import sharp from 'sharp';
import { Rng } from '../random.js';
import type { Photo, Renderer } from '../spec.js';
import { mulberry32 } from './pixel-random.js';

/** EXIF tag numbers used here (TIFF/EXIF 2.3). */
const TAG = {
  Make: 271,
  Model: 272,
  Orientation: 274,
  XResolution: 282,
  YResolution: 283,
  ResolutionUnit: 296,
  DateTime: 306,
  ExposureTime: 33434,
  FNumber: 33437,
  ISOSpeedRatings: 34855,
  DateTimeOriginal: 36867,
  DateTimeDigitized: 36868,
  FocalLength: 37386,
  ColorSpace: 40961,
  PixelXDimension: 40962,
  PixelYDimension: 40963,
  GPSVersionID: 0,
  GPSLatitudeRef: 1,
  GPSLatitude: 2,
  GPSLongitudeRef: 3,
  GPSLongitude: 4,
  GPSAltitudeRef: 5,
  GPSAltitude: 6,
} as const;

/** HSL (degrees, percent, percent) to '#rrggbb'. */
function hsl(h: number, s: number, l: number): string {
  const sat = s / 100;
  const lig = l / 100;
  const f = (n: number): string => {
    const k = (n + h / 30) % 12;
    const v = lig - sat * Math.min(lig, 1 - lig) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

const n = (x: number): string => x.toFixed(1);
const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}" ${extra}/>`;

/** A vertical sky gradient and a sun; returns defs and shapes. */
function sky(rng: Rng, W: number, horizon: number): string {
  const hue = rng.between(195, 220);
  const evening = rng.chance(0.25);
  const top = evening ? hsl(rng.between(220, 250), 45, 35) : hsl(hue, 60, rng.between(45, 60));
  const bottom = evening ? hsl(rng.between(15, 35), 80, 70) : hsl(hue, 50, rng.between(80, 90));
  const sunX = rng.between(0.1, 0.9) * W;
  const sunY = rng.between(0.15, 0.7) * horizon;
  return (
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">` +
    `<stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>` +
    rect(0, 0, W, horizon + 2, 'url(#sky)') +
    `<circle cx="${n(sunX)}" cy="${n(sunY)}" r="${n(W * 0.03)}" fill="${evening ? '#ffd08a' : '#fffbe6'}" opacity="0.9"/>`
  );
}

function tree(rng: Rng, x: number, ground: number, size: number): string {
  const green = hsl(rng.between(80, 130), rng.between(30, 55), rng.between(22, 38));
  let crown = '';
  for (let i = 0; i < 4; i++) {
    crown += `<circle cx="${n(x + rng.between(-0.35, 0.35) * size)}" cy="${n(ground - size * rng.between(1.1, 1.6))}" r="${n(size * rng.between(0.35, 0.55))}" fill="${green}"/>`;
  }
  return rect(x - size * 0.06, ground - size * 1.2, size * 0.12, size * 1.2, '#4a3826') + crown;
}

function street(rng: Rng, W: number, H: number): string {
  const horizon = H * rng.between(0.55, 0.65);
  let s = sky(rng, W, horizon);
  for (let x = -rng.between(0, 80); x < W; ) {
    const bw = W * rng.between(0.08, 0.18);
    const bh = H * rng.between(0.2, 0.5);
    const top = horizon - bh;
    s += rect(x, top, bw, bh, hsl(rng.between(20, 45), rng.between(10, 35), rng.between(45, 80)));
    const cols = Math.max(2, Math.floor(bw / 45));
    const rows = Math.max(2, Math.floor(bh / 60));
    const glass = hsl(rng.between(190, 215), 25, rng.between(25, 45));
    for (let r = 0; r < rows - 1; r++)
      for (let c = 0; c < cols; c++)
        s += rect(x + (c + 0.25) * (bw / cols), top + (r + 0.3) * (bh / rows), (bw / cols) * 0.5, (bh / rows) * 0.45, glass);
    x += bw + rng.between(0, 12);
  }
  s += rect(0, horizon, W, H - horizon, '#8d8a84');
  s += `<polygon points="${n(W * 0.42)},${n(horizon)} ${n(W * 0.58)},${n(horizon)} ${n(W * 1.1)},${n(H)} ${n(-W * 0.1)},${n(H)}" fill="#3d3f42"/>`;
  for (let i = 0; i < 6; i++) {
    const t0 = i / 6 + 0.03;
    const y0 = horizon + (H - horizon) * t0 * t0;
    const y1 = horizon + (H - horizon) * (t0 + 0.06) * (t0 + 0.06);
    s += `<line x1="${n(W / 2)}" y1="${n(y0)}" x2="${n(W / 2)}" y2="${n(y1)}" stroke="#e8e4d0" stroke-width="${n(2 + 10 * t0)}"/>`;
  }
  for (let i = 0; i < rng.int(1, 3); i++) {
    const cw = W * rng.between(0.1, 0.16);
    const cx = rng.between(0.05, 0.75) * W;
    const cy = horizon + (H - horizon) * rng.between(0.3, 0.7);
    s += rect(cx, cy, cw, cw * 0.35, hsl(rng.between(0, 360), rng.between(20, 70), rng.between(25, 60)), `rx="${n(cw * 0.08)}"`);
    s += `<circle cx="${n(cx + cw * 0.2)}" cy="${n(cy + cw * 0.35)}" r="${n(cw * 0.08)}" fill="#151515"/>`;
    s += `<circle cx="${n(cx + cw * 0.8)}" cy="${n(cy + cw * 0.35)}" r="${n(cw * 0.08)}" fill="#151515"/>`;
  }
  for (let i = 0; i < rng.int(1, 4); i++) s += tree(rng, rng.between(0, W), horizon + rng.between(5, 30), H * 0.12);
  return s;
}

function landscape(rng: Rng, W: number, H: number): string {
  const horizon = H * rng.between(0.45, 0.6);
  let s = sky(rng, W, horizon);
  for (let layer = 0; layer < 3; layer++) {
    let pts = `0,${n(horizon)}`;
    for (let x = 0; x <= W; x += W / rng.int(4, 9)) pts += ` ${n(x)},${n(horizon - H * rng.between(0.05, 0.3) / (layer + 1))}`;
    pts += ` ${n(W)},${n(horizon)}`;
    s += `<polygon points="${pts}" fill="${hsl(rng.between(200, 260), 15, 55 - layer * 12)}"/>`;
  }
  s += rect(0, horizon, W, H - horizon, hsl(rng.between(35, 100), rng.between(25, 50), rng.between(35, 50)));
  for (let i = 0; i < 5; i++) {
    const y = horizon + (H - horizon) * rng.between(0.1, 0.9);
    s += `<path d="M0,${n(y)} Q${n(W / 2)},${n(y - H * rng.between(-0.08, 0.08))} ${n(W)},${n(y)}" stroke="${hsl(rng.between(40, 100), 30, 30)}" stroke-width="${n(rng.between(3, 12))}" fill="none" opacity="0.5"/>`;
  }
  for (let i = 0; i < rng.int(2, 7); i++) s += tree(rng, rng.between(0, W), horizon + rng.between(0, H * 0.3), H * rng.between(0.06, 0.15));
  return s;
}

function room(rng: Rng, W: number, H: number): string {
  const floorY = H * rng.between(0.62, 0.72);
  let s = rect(0, 0, W, floorY, hsl(rng.between(20, 60), rng.between(10, 35), rng.between(70, 88)));
  s += rect(0, floorY, W, H - floorY, hsl(rng.between(20, 35), rng.between(30, 50), rng.between(25, 45)));
  const wx = W * rng.between(0.08, 0.5);
  const ww = W * rng.between(0.2, 0.35);
  s += rect(wx - 8, H * 0.12 - 8, ww + 16, H * 0.33 + 16, '#f4f1ea');
  s += `<g transform="translate(${n(wx)},${n(H * 0.12)})">${sky(rng, ww, H * 0.33)}</g>`;
  s += rect(wx + ww / 2 - 3, H * 0.12, 6, H * 0.33, '#f4f1ea');
  const tx = W * rng.between(0.35, 0.6);
  const tw = W * rng.between(0.25, 0.35);
  s += rect(tx, floorY - H * 0.2, tw, H * 0.03, hsl(rng.between(20, 35), 45, 30));
  s += rect(tx + 10, floorY - H * 0.17, 14, H * 0.2, hsl(25, 40, 22));
  s += rect(tx + tw - 24, floorY - H * 0.17, 14, H * 0.2, hsl(25, 40, 22));
  const fx = W * rng.between(0.65, 0.85);
  s += rect(fx, H * 0.15, W * 0.12, H * 0.16, '#5b4630');
  s += rect(fx + 8, H * 0.15 + 8, W * 0.12 - 16, H * 0.16 - 16, hsl(rng.between(0, 360), 35, 55));
  s += `<ellipse cx="${n(tx + tw * 0.7)}" cy="${n(floorY - H * 0.24)}" rx="${n(W * 0.03)}" ry="${n(H * 0.04)}" fill="${hsl(rng.between(0, 60), 60, 60)}"/>`;
  return s;
}

function documentOnTable(rng: Rng, W: number, H: number): string {
  const wood = rng.between(20, 35);
  let s = rect(0, 0, W, H, hsl(wood, 45, rng.between(28, 40)));
  for (let i = 0; i < 40; i++) {
    const y = rng.between(0, H);
    s += `<path d="M0,${n(y)} C${n(W / 3)},${n(y + rng.between(-20, 20))} ${n((2 * W) / 3)},${n(y + rng.between(-20, 20))} ${n(W)},${n(y)}" stroke="${hsl(wood, 50, rng.between(20, 45))}" stroke-width="${n(rng.between(1, 5))}" fill="none" opacity="0.6"/>`;
  }
  const pw = W * 0.45;
  const ph = pw * 1.414;
  const px = W / 2 - pw / 2;
  const py = H / 2 - ph / 2;
  let paper = rect(px + 10, py + 12, pw, ph, '#000', 'opacity="0.25"') + rect(px, py, pw, ph, '#f7f5ef');
  for (let y = py + ph * 0.1; y < py + ph * 0.9; y += ph * 0.035) {
    const len = pw * rng.between(0.5, 0.8);
    paper += rect(px + pw * 0.1, y, len, ph * 0.008, '#3a3a3a', 'opacity="0.8"');
  }
  s += `<g transform="rotate(${n(rng.between(-12, 12))} ${n(W / 2)} ${n(H / 2)})">${paper}</g>`;
  s += `<circle cx="${n(W * 0.85)}" cy="${n(H * 0.2)}" r="${n(W * 0.07)}" fill="${hsl(rng.between(0, 360), 40, 70)}"/>`;
  s += `<circle cx="${n(W * 0.85)}" cy="${n(H * 0.2)}" r="${n(W * 0.055)}" fill="#4a2c1a"/>`;
  s += `<line x1="${n(W * 0.12)}" y1="${n(H * 0.8)}" x2="${n(W * 0.3)}" y2="${n(H * 0.9)}" stroke="#1f3a93" stroke-width="${n(W * 0.01)}" stroke-linecap="round"/>`;
  return s;
}

const SCENES: Record<Photo['scene'], (rng: Rng, W: number, H: number) => string> = {
  street,
  landscape,
  room,
  'document-on-table': documentOnTable,
};

/** The scene as an SVG document, with a soft vignette. */
export function sceneSvg(photo: Photo): string {
  const { width: W, height: H } = photo;
  const rng = Rng.fromSeed(photo.seed).fork(photo.scene);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    SCENES[photo.scene](rng, W, H) +
    `<defs><radialGradient id="vig" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/>` +
    `<stop offset="1" stop-color="#000" stop-opacity="0.35"/></radialGradient></defs>` +
    rect(0, 0, W, H, 'url(#vig)') +
    `</svg>`
  );
}

/** '2016-01-05T09:30:00' → '2016:01:05 09:30:00'. */
function exifTime(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(local);
  if (!m) throw new Error(`photo.takenAt is not an ISO local time: ${local}`);
  return `${m[1]}:${m[2]}:${m[3]} ${m[4]}:${m[5]}:${m[6]}`;
}

/** Decimal degrees → EXIF degrees/minutes/seconds rationals (seconds to 1/1000). */
export function dms(deg: number): [[number, number], [number, number], [number, number]] {
  const milli = Math.round(Math.abs(deg) * 3_600_000);
  return [
    [Math.floor(milli / 3_600_000), 1],
    [Math.floor((milli % 3_600_000) / 60_000), 1],
    [milli % 60_000, 1000],
  ];
}

function exifFor(photo: Photo): ExifDict {
  const rng = Rng.fromSeed(photo.seed).fork('exif');
  const when = exifTime(photo.takenAt);
  const dict: ExifDict = {
    '0th': {
      [TAG.Make]: photo.camera.make,
      [TAG.Model]: photo.camera.model,
      [TAG.Orientation]: 1,
      [TAG.XResolution]: [72, 1],
      [TAG.YResolution]: [72, 1],
      [TAG.ResolutionUnit]: 2,
      [TAG.DateTime]: when,
    },
    Exif: {
      [TAG.ExposureTime]: [1, rng.pick([30, 60, 125, 250, 500])],
      [TAG.FNumber]: [rng.pick([18, 20, 22, 24, 28]), 10],
      [TAG.ISOSpeedRatings]: rng.pick([50, 100, 200, 400]),
      [TAG.DateTimeOriginal]: when,
      [TAG.DateTimeDigitized]: when,
      [TAG.FocalLength]: [rng.pick([399, 420, 430, 470]), 100],
      [TAG.ColorSpace]: 1,
      [TAG.PixelXDimension]: photo.width,
      [TAG.PixelYDimension]: photo.height,
    },
  };
  const gps = photo.gps;
  if (gps) {
    dict.GPS = {
      [TAG.GPSVersionID]: [2, 2, 0, 0],
      [TAG.GPSLatitudeRef]: gps.lat < 0 ? 'S' : 'N',
      [TAG.GPSLatitude]: dms(gps.lat),
      [TAG.GPSLongitudeRef]: gps.lon < 0 ? 'W' : 'E',
      [TAG.GPSLongitude]: dms(gps.lon),
    };
    if (gps.altitude !== undefined) {
      dict.GPS[TAG.GPSAltitudeRef] = gps.altitude < 0 ? 1 : 0;
      dict.GPS[TAG.GPSAltitude] = [Math.round(Math.abs(gps.altitude) * 100), 100];
    }
  }
  return dict;
}

export const renderPhoto: Renderer<'photo'> = async (spec) => {
  const photo = spec.photo;
  const { data, info } = await sharp(Buffer.from(sceneSvg(photo)))
    .resize(photo.width, photo.height, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Sensor grain: seeded, per pixel and channel, so the JPEG is not trivially compressible.
  const rand = mulberry32(photo.seed ^ 0x5eed);
  for (let i = 0; i < data.length; i++) data[i] = Math.min(255, Math.max(0, (data[i] ?? 0) + Math.round((rand() - 0.5) * 14)));
  const jpeg = await sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } })
    .jpeg({ quality: 90, mozjpeg: false })
    .toBuffer();
  const tagged = piexif.insert(piexif.dump(exifFor(photo)), jpeg.toString('binary'));
  return new Uint8Array(Buffer.from(tagged, 'binary'));
};
