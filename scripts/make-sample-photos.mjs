#!/usr/bin/env node
/**
 * Draws the fieldwork "photos" of the koperasi-umkm-kabupaten and umkm-kota-edward3 samples:
 * fictional scenes, drawn as SVG and rendered to PNG with resvg, written for Pilah (no real
 * people or places). Each PNG goes into its sample.json as the base64 of the picture with that
 * file name (the picture entry must exist). Run by hand when a drawing changes:
 *   node scripts/make-sample-photos.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const W = 800;
const H = 560;

/** A person seen from the front: head, body, legs; `sit` draws them seated (no legs). */
function person(x, y, shirt, { scale = 1, sit = false, scarf = null } = {}) {
  const s = (v) => v * scale;
  return `<g transform="translate(${x} ${y})">
    ${sit ? '' : `<rect x="${s(-9)}" y="${s(38)}" width="${s(7)}" height="${s(34)}" fill="#3b3b4f"/><rect x="${s(2)}" y="${s(38)}" width="${s(7)}" height="${s(34)}" fill="#3b3b4f"/>`}
    <rect x="${s(-14)}" y="${s(0)}" width="${s(28)}" height="${s(42)}" rx="${s(8)}" fill="${shirt}"/>
    ${
      scarf
        ? `<path d="M${s(-15)} ${s(6)} L${s(-15)} ${s(-12)} A${s(15)} ${s(15)} 0 0 1 ${s(15)} ${s(-12)} L${s(15)} ${s(6)} Z" fill="${scarf}"/><ellipse cx="0" cy="${s(-10)}" rx="${s(9)}" ry="${s(10)}" fill="#c68b59"/>`
        : `<circle cx="0" cy="${s(-12)}" r="${s(12)}" fill="#c68b59"/><path d="M${s(-12)} ${s(-14)} Q0 ${s(-30)} ${s(12)} ${s(-14)} Z" fill="#2a2420"/>`
    }
  </g>`;
}

/** A row of tents at a product fair on the town square, one stand's table of crisps in front. */
function gelarProduk() {
  const tents = [0, 1, 2, 3, 4]
    .map((i) => {
      const x = 20 + i * 158;
      const colour = i % 2 ? '#e8eef7' : '#f7f3e8';
      return `<polygon points="${x},190 ${x + 74},150 ${x + 148},190" fill="#c0392b"/>
        <rect x="${x}" y="190" width="148" height="130" fill="${colour}" stroke="#9aa3ad"/>
        <rect x="${x + 10}" y="270" width="128" height="50" fill="#8d6e63"/>
        <rect x="${x + 20}" y="255" width="18" height="22" fill="#f4d03f"/><rect x="${x + 48}" y="255" width="18" height="22" fill="#e67e22"/><rect x="${x + 76}" y="255" width="18" height="22" fill="#f4d03f"/>`;
    })
    .join('');
  const crowd = [
    [70, 360, '#2e86c1'], [150, 380, '#27ae60'], [230, 350, '#8e44ad'], [330, 390, '#d35400'], [520, 370, '#16a085'],
    [610, 395, '#c0392b'], [700, 360, '#34495e'], [440, 350, '#f39c12'],
  ]
    .map(([x, y, c], i) => person(x, y, c, { scale: 1.3, scarf: i % 3 === 0 ? '#6c3483' : null }))
    .join('');
  return `<rect width="${W}" height="${H}" fill="#bfe3f5"/>
    <circle cx="740" cy="50" r="30" fill="#fdebd0"/>
    <rect y="110" width="${W}" height="80" fill="#7dbb6a"/>
    <rect y="320" width="${W}" height="${H - 320}" fill="#d5d0c4"/>
    <rect x="160" y="36" width="480" height="56" fill="#1f618d"/>
    <text x="400" y="75" font-family="DejaVu Sans, sans-serif" font-size="22" font-weight="bold" fill="#ffffff" text-anchor="middle">GELAR PRODUK UMKM RANDUWANGI</text>
    ${tents}
    <rect x="180" y="430" width="440" height="90" fill="#a0522d"/>
    <rect x="180" y="418" width="440" height="14" fill="#ffffff"/>
    ${[0, 1, 2, 3, 4, 5, 6].map((i) => `<rect x="${200 + i * 58}" y="370" width="40" height="50" rx="4" fill="${i % 2 ? '#f5b041' : '#f7dc6f'}" stroke="#7e5109"/>`).join('')}
    <rect x="330" y="446" width="140" height="40" fill="#fdfefe"/>
    <text x="400" y="472" font-family="DejaVu Sans, sans-serif" font-size="16" fill="#6e2c00" text-anchor="middle">Dapur Wartini</text>
    ${crowd}`;
}

/** A packaging training in a district hall: banner, rows of seated trainees, one sealing machine at the front. */
function pelatihanKemasan() {
  const rows = [];
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 7; c++) {
      const x = 90 + c * 100 + (r % 2) * 30;
      const y = 330 + r * 70;
      const shirts = ['#2e86c1', '#27ae60', '#c0392b', '#8e44ad', '#d35400', '#16a085', '#7f8c8d'];
      rows.push(`<rect x="${x - 22}" y="${y + 30}" width="44" height="8" fill="#5d4037"/>` + person(x, y, shirts[(r + c) % 7], { scale: 1.1, sit: true, scarf: (r * 7 + c) % 3 === 0 ? '#a93226' : null }));
    }
  return `<rect width="${W}" height="${H}" fill="#f2ebdd"/>
    <rect y="420" width="${W}" height="${H - 420}" fill="#c9b79c"/>
    <rect x="40" y="60" width="110" height="150" fill="#aed6f1" stroke="#7f8c8d" stroke-width="6"/>
    <rect x="650" y="60" width="110" height="150" fill="#aed6f1" stroke="#7f8c8d" stroke-width="6"/>
    <rect x="170" y="30" width="460" height="70" fill="#196f3d"/>
    <text x="400" y="60" font-family="DejaVu Sans, sans-serif" font-size="20" font-weight="bold" fill="#ffffff" text-anchor="middle">PELATIHAN PENGEMASAN DAN</text>
    <text x="400" y="88" font-family="DejaVu Sans, sans-serif" font-size="20" font-weight="bold" fill="#ffffff" text-anchor="middle">KEAMANAN PANGAN USAHA MIKRO</text>
    <rect x="250" y="200" width="300" height="60" fill="#8d6e63"/>
    <rect x="360" y="170" width="80" height="34" rx="4" fill="#566573"/>
    <rect x="372" y="178" width="56" height="8" fill="#d5d8dc"/>
    <rect x="270" y="184" width="22" height="18" fill="#f7dc6f"/><rect x="300" y="184" width="22" height="18" fill="#f7dc6f"/><rect x="480" y="184" width="22" height="18" fill="#e59866"/>
    ${person(200, 190, '#1f618d', { scale: 1.4, scarf: '#f5cba7' })}
    ${person(600, 195, '#7d3c98', { scale: 1.3 })}
    ${rows.join('')}`;
}

const photos = [
  { slug: 'koperasi-umkm-kabupaten', file: 'gelar-produk-umkm-alun-alun.png', draw: gelarProduk },
  { slug: 'umkm-kota-edward3', file: 'pelatihan-kemasan-wirabumi-timur.png', draw: pelatihanKemasan },
];

for (const photo of photos) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${photo.draw()}</svg>`;
  const png = new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng();
  const path = join(root, 'samples', photo.slug, 'sample.json');
  const spec = JSON.parse(readFileSync(path, 'utf8'));
  const entry = (spec.pictures ?? []).find((p) => p.file === photo.file);
  if (process.argv.includes('--out')) writeFileSync(join(process.argv[process.argv.indexOf('--out') + 1], photo.file), png);
  if (!entry) {
    console.log(`${photo.slug}: no picture "${photo.file}" in sample.json; drawn only`);
    continue;
  }
  entry.base64 = Buffer.from(png).toString('base64');
  writeFileSync(path, `${JSON.stringify(spec, null, 2)}\n`);
  console.log(`${photo.slug}: ${photo.file}, ${png.length} bytes`);
}
