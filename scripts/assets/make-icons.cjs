// Draws the Sales Kit icon (three rising bars on a blue rounded square) at every size the
// manifest and the store need. Run after changing the design: node scripts/assets/make-icons.cjs
const fs = require("fs");
const path = require("path");
const { PNG } = require("pngjs");

const SIZES = [16, 32, 64, 80, 128, 300];
const BLUE = [31, 78, 121];
const GREEN = [112, 173, 71];
const WHITE = [255, 255, 255];

/** Coverage of pixel (x, y) by a rounded rectangle, 4x4 supersampled for smooth edges. */
function coverage(x, y, x0, y0, x1, y1, radius) {
  let inside = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      if (px < x0 || px > x1 || py < y0 || py > y1) continue;
      const cx = Math.min(Math.max(px, x0 + radius), x1 - radius);
      const cy = Math.min(Math.max(py, y0 + radius), y1 - radius);
      if ((px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2) inside++;
    }
  }
  return inside / 16;
}

function draw(size) {
  const png = new PNG({ width: size, height: size });
  const s = size / 32;
  const bars = [
    [7, 19, 11, 25, WHITE],
    [14, 14, 18, 25, WHITE],
    [21, 8, 25, 25, GREEN],
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const bg = coverage(x, y, 0, 0, size, size, 6 * s);
      let rgb = BLUE;
      for (const [x0, y0, x1, y1, color] of bars) {
        const c = coverage(x, y, x0 * s, y0 * s, x1 * s, y1 * s, 0.8 * s);
        if (c > 0) rgb = rgb.map((v, k) => Math.round(v * (1 - c) + color[k] * c));
      }
      png.data[i] = rgb[0];
      png.data[i + 1] = rgb[1];
      png.data[i + 2] = rgb[2];
      png.data[i + 3] = Math.round(255 * bg);
    }
  }
  return PNG.sync.write(png);
}

const out = path.resolve(__dirname, "../../assets");
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const name = size === 300 ? "logo-filled.png" : `icon-${size}.png`;
  fs.writeFileSync(path.join(out, name), draw(size));
  console.log(`assets/${name}`);
}
