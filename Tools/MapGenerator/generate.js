#!/usr/bin/env node
// Rasterises Natural Earth land (npm world-atlas, land-50m, public domain data) into the DeskStats land masks:
// one DSM1 file per map width, equirectangular, cropped to the latitudes where people live. Format: docs/map.md.
//
// Usage: node Tools/MapGenerator/generate.js [--output DIRECTORY]   (default: Firmware/Resources/Maps)
// Install the pinned packages first: npm ci --prefix Tools/MapGenerator
//
// Deterministic: only IEEE double arithmetic (+ - * /) on the pinned data, so every Node.js version writes the
// same bytes. The manifest names the package versions and each output's SHA-256.
'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const topojson = require('topojson-client');

// The crop, in centidegrees as stored in the header: 78 N (above Svalbard's towns) to 56 S (Cape Horn),
// the whole width of longitudes. 134 degrees by 360.
const NORTH = 7800;
const SOUTH = -5600;
const WEST = -18000;
const EAST = 18000;

// One map per layout width: 320 (CYD, 320x240) and 240 (240x240 and 240x135). Height keeps the aspect ratio.
const MAPS = [
  { name: 'world-320', width: 320 },
  { name: 'world-240', width: 240 },
];

// Each pixel is sampled on a SUBSAMPLES x SUBSAMPLES grid; it is land when at least LAND_SAMPLES of them are,
// so islands a little smaller than a pixel (Hawaii, Iceland's neighbours, New Caledonia) stay visible.
const SUBSAMPLES = 4;
const LAND_SAMPLES = 5;

const MAGIC = [0x44, 0x53, 0x4d, 0x31]; // "DSM1"
const VERSION = 1;
const ENCODING_ROW_RUNS = 1;
const HEADER_LENGTH = 24;

function heightFor(width) {
  return Math.round(width * (NORTH - SOUTH) / (EAST - WEST));
}

// Every ring of the land MultiPolygon as a flat [lon0, lat0, lon1, lat1, ...] array.
function landRings(topology) {
  const land = topojson.feature(topology, topology.objects.land);
  const features = land.type === 'FeatureCollection' ? land.features : [land];
  const rings = [];
  for (const feature of features) {
    const geometry = feature.geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        // A ring across the antimeridian jumps from +180 to -180; unwrapped it is continuous (and may reach past
        // +-180), and a copy shifted by 360 degrees draws the part that lies past the edge.
        const flat = [];
        let shift = 0;
        let minimum = Infinity;
        let maximum = -Infinity;
        for (let index = 0; index < ring.length; index++) {
          if (index > 0) {
            const step = ring[index][0] - ring[index - 1][0];
            if (step > 180) shift -= 360;
            else if (step < -180) shift += 360;
          }
          const longitude = ring[index][0] + shift;
          if (longitude < minimum) minimum = longitude;
          if (longitude > maximum) maximum = longitude;
          flat.push(longitude, ring[index][1]);
        }
        rings.push(flat);
        if (minimum < -180) rings.push(shifted(flat, 360));
        if (maximum > 180) rings.push(shifted(flat, -360));
      }
    }
  }
  return rings;
}

function shifted(flat, degrees) {
  const copy = flat.slice();
  for (let index = 0; index < copy.length; index += 2) copy[index] += degrees;
  return copy;
}

// Land mask of width x height pixels: Uint8Array, 1 = land. Even-odd scanline fill at the subsample centres.
function rasterise(rings, width, height) {
  const columns = width * SUBSAMPLES;
  const rows = height * SUBSAMPLES;
  const north = NORTH / 100;
  const south = SOUTH / 100;
  const west = WEST / 100;
  const east = EAST / 100;
  const counts = new Uint16Array(width * height);
  const crossings = [];
  for (let row = 0; row < rows; row++) {
    const latitude = north - (row + 0.5) * (north - south) / rows;
    crossings.length = 0;
    for (const ring of rings) {
      for (let index = 0; index + 3 < ring.length; index += 2) {
        const lon0 = ring[index], lat0 = ring[index + 1], lon1 = ring[index + 2], lat1 = ring[index + 3];
        // Half-open rule: an edge counts when the scanline lies in [min, max) of its latitudes.
        if ((lat0 <= latitude && latitude < lat1) || (lat1 <= latitude && latitude < lat0)) {
          const longitude = lon0 + (latitude - lat0) * (lon1 - lon0) / (lat1 - lat0);
          crossings.push((longitude - west) * columns / (east - west));
        }
      }
    }
    crossings.sort((a, b) => a - b);
    const pixelRow = Math.floor(row / SUBSAMPLES) * width;
    for (let pair = 0; pair + 1 < crossings.length; pair += 2) {
      // Subsample centres c + 0.5 inside [from, to).
      let first = Math.ceil(crossings[pair] - 0.5);
      let last = Math.ceil(crossings[pair + 1] - 0.5);
      if (first < 0) first = 0;
      if (last > columns) last = columns;
      for (let column = first; column < last; column++) {
        counts[pixelRow + Math.floor(column / SUBSAMPLES)]++;
      }
    }
  }
  const mask = new Uint8Array(width * height);
  for (let index = 0; index < mask.length; index++) {
    mask[index] = counts[index] >= LAND_SAMPLES ? 1 : 0;
  }
  return mask;
}

// Row runs: alternating sea and land lengths, starting with sea (0 when the row starts on land); a run longer
// than 255 is written as 255, 0 (an empty run of the other kind), then the rest.
function encodeRow(mask, width, row) {
  const bytes = [];
  let kind = 0;
  let column = 0;
  while (column < width) {
    let length = 0;
    while (column + length < width && mask[row * width + column + length] === kind) length++;
    let left = length;
    while (left > 255) {
      bytes.push(255, 0);
      left -= 255;
    }
    bytes.push(left);
    column += length;
    kind = 1 - kind;
  }
  return bytes;
}

function writeInt16(buffer, offset, value) {
  buffer.writeInt16LE(value, offset);
}

// DSM1 file: header, row table (height + 1 offsets from the file start, u16), row runs.
function encode(mask, width, height) {
  const rows = [];
  let longest = 0;
  for (let row = 0; row < height; row++) {
    const bytes = encodeRow(mask, width, row);
    if (bytes.length > longest) longest = bytes.length;
    rows.push(bytes);
  }
  const tableLength = (height + 1) * 2;
  let length = HEADER_LENGTH + tableLength;
  for (const bytes of rows) length += bytes.length;
  if (length > 0xffff) throw new Error('map too large for 16-bit row offsets');
  const buffer = Buffer.alloc(length);
  MAGIC.forEach((value, index) => { buffer[index] = value; });
  buffer[4] = VERSION;
  buffer[5] = ENCODING_ROW_RUNS;
  buffer.writeUInt16LE(width, 6);
  buffer.writeUInt16LE(height, 8);
  writeInt16(buffer, 10, NORTH);
  writeInt16(buffer, 12, SOUTH);
  writeInt16(buffer, 14, WEST);
  writeInt16(buffer, 16, EAST);
  buffer.writeUInt16LE(longest, 18);
  buffer.writeUInt32LE(length, 20);
  let offset = HEADER_LENGTH + tableLength;
  for (let row = 0; row < height; row++) {
    buffer.writeUInt16LE(offset, HEADER_LENGTH + row * 2);
    for (const value of rows[row]) buffer[offset++] = value;
  }
  buffer.writeUInt16LE(offset, HEADER_LENGTH + height * 2);
  return buffer;
}

function packageVersion(name) {
  return JSON.parse(fs.readFileSync(require.resolve(name + '/package.json'), 'utf8')).version;
}

function sha256(bytes) {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

function main() {
  let output = path.join(__dirname, '..', '..', 'Firmware', 'Resources', 'Maps');
  const args = process.argv.slice(2);
  for (let index = 0; index < args.length; index += 2) {
    if (args[index] === '--output' && index + 1 < args.length) {
      output = path.resolve(args[index + 1]);
    } else {
      console.error('usage: node generate.js [--output DIRECTORY]');
      process.exit(2);
    }
  }
  const source = 'land-50m.json';
  const topologyBytes = fs.readFileSync(require.resolve('world-atlas/' + source));
  const rings = landRings(JSON.parse(topologyBytes.toString('utf8')));
  fs.mkdirSync(output, { recursive: true });
  let manifest = '# Written by Tools/MapGenerator; the .bin files are identical when regenerated with these inputs.\n';
  manifest += 'world-atlas ' + packageVersion('world-atlas') + '\n';
  manifest += 'topojson-client ' + packageVersion('topojson-client') + '\n';
  manifest += 'source ' + source + ' ' + sha256(topologyBytes) + '\n';
  for (const map of MAPS) {
    const height = heightFor(map.width);
    const bytes = encode(rasterise(rings, map.width, height), map.width, height);
    fs.writeFileSync(path.join(output, map.name + '.bin'), bytes);
    manifest += 'output ' + map.name + '.bin ' + bytes.length + ' ' + sha256(bytes) + '\n';
    console.log(map.name + '.bin: ' + map.width + 'x' + height + ', ' + bytes.length + ' bytes');
  }
  fs.writeFileSync(path.join(output, 'maps.manifest'), manifest);
}

main();
