// Reads a library's BibTeX, RIS and CSL-JSON exports with parsers that owe nothing to the portal's own code
// (Citation.js, the parsers behind many reference-manager tools) and checks that every entry comes back with
// the fields the portal meant to write. The library export test (LibraryExportParsersTests.cs) writes the
// files and expected.json into one folder and runs:
//
//   node tests/export-parsers/check-exports.mjs <folder>
//
// expected.json: { "entries": [ { "title", "symbol", "pinpoint", "note", "url" } ] } in the files' order (null
// where an entry has no such field). BibTeX and RIS keep a field on one line, so there runs of white space
// compare as one space; CSL-JSON must give the note back exactly. Exit status 0 when every file parsed without
// a warning and matched; 1 with the differences on standard error otherwise.

import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { Cite, logger, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node check-exports.mjs <folder with library.bib, library.ris, library-csl.json and expected.json>");
  process.exit(2);
}

// A parser's warning (an entry closed with the wrong bracket, say) is a failure too, not only an exception.
const warnings = [];
logger.level = "warn";
logger._console = { log: (scope, ...message) => warnings.push(`${scope} ${message.join(" ")}`) };

const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8")).entries;
const problems = [];

const readers = {
  "library.bib": bibtex,
  "library.ris": ris,
  "library-csl.json": cslJson,
};

for (const [file, read] of Object.entries(readers)) {
  const path = join(folder, file);
  if (!existsSync(path)) {
    problems.push(`${file}: missing`);
    continue;
  }

  let entries;
  try {
    entries = read(readFileSync(path, "utf8"));
  } catch (error) {
    problems.push(`${file}: does not parse: ${error.message}`);
    continue;
  }

  for (const warning of warnings.splice(0)) {
    problems.push(`${file}: parser warning: ${warning}`);
  }

  compare(file, entries, file === "library-csl.json" ? (value) => value : oneLine);
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

console.log(`${expected.length} entries read back alike from ${Object.keys(readers).join(", ")}`);

// BibTeX: the file's syntax and each entry's key from the parser's first step; the values with TeX's escapes
// undone from its mapping to CSL (title, note = the pinpoint, annote = the reader's note, URL). The symbol is
// the raw `number` field: CSL has no number for @misc, and a UN symbol holds no TeX special character.
function bibtex(text) {
  const raw = plugins.input.chainLink(text, { forceType: "@bibtex/text" });
  const items = new Cite(text, { forceType: "@bibtex/text" }).data;
  const keys = raw.map((entry) => entry.label);
  if (new Set(keys).size !== keys.length) {
    throw new Error(`entry keys repeat: ${keys.join(", ")}`);
  }

  return items.map((item, i) => ({
    title: item.title ?? null,
    symbol: raw[i].properties.number ?? null,
    pinpoint: item.note ?? null,
    note: item.annote ?? null,
    url: item.URL ?? null,
  }));
}

// RIS: the records as tagged (RIS escapes nothing); each record must also map to CSL without an error.
function ris(text) {
  const records = plugins.input.chainLink(text, { forceType: "@ris/file" });
  new Cite(text, { forceType: "@ris/file" });
  return records.map((record) => ({
    title: record.TI ?? null,
    symbol: record.M1 ?? null,
    pinpoint: record.SE ?? null,
    note: record.N1 ?? null,
    url: record.UR ?? null,
  }));
}

// CSL-JSON: read as CSL data by Citation.js, every item with an id and a type.
function cslJson(text) {
  const items = new Cite(JSON.parse(text), { forceType: "@csl/list+object" }).data;
  for (const item of items) {
    if (!item.id || !item.type) {
      throw new Error(`an item lacks its id or type: ${JSON.stringify(item)}`);
    }
  }

  return items.map((item) => ({
    title: item.title ?? null,
    symbol: item.number ?? null,
    pinpoint: item.section ?? null,
    note: item.note ?? null,
    url: item.URL ?? null,
  }));
}

function compare(file, entries, comparable) {
  if (entries.length !== expected.length) {
    problems.push(`${file}: ${entries.length} entries, expected ${expected.length}`);
    return;
  }

  entries.forEach((entry, i) => {
    for (const field of ["title", "symbol", "pinpoint", "note", "url"]) {
      const want = expected[i][field] === null ? null : comparable(expected[i][field]);
      const got = entry[field] === null ? null : comparable(String(entry[field]));
      if (want !== got) {
        problems.push(`${file}: entry ${i + 1}, ${field}: expected ${JSON.stringify(want)}, read ${JSON.stringify(got)}`);
      }
    }
  });
}

function oneLine(value) {
  return value.replace(/\s+/g, " ").trim();
}
