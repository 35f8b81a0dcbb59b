// Independent parsers for the Java export tests: prints the triples of a kg export as N-Quads.
//   node check.mjs jsonld FILE CONTEXT_URL CONTEXT_FILE   (the context URL is served from the file)
//   node check.mjs turtle FILE
//   node check.mjs ntriples FILE
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import N3 from 'n3';

const [mode, file, contextUrl, contextFile] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

function fail(message) {
  process.stderr.write(message + '\n');
  process.exit(1);
}

if (mode === 'jsonld') {
  const context = JSON.parse(readFileSync(contextFile, 'utf8'));
  // Only the published context may be fetched: anything else is an error, not a network call.
  const documentLoader = async (url) => {
    if (url === contextUrl) {
      return { contextUrl: null, documentUrl: url, document: context };
    }
    throw new Error('unexpected remote document ' + url);
  };
  const doc = JSON.parse(text);
  const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader, safe: true })
    .catch((e) => fail('jsonld: ' + (e.details ? JSON.stringify(e.details) : '') + ' ' + e.message));
  process.stdout.write(nquads);
} else if (mode === 'turtle' || mode === 'ntriples') {
  const format = mode === 'turtle' ? 'text/turtle' : 'application/n-triples';
  let quads;
  try {
    quads = new N3.Parser({ format }).parse(text);
  } catch (e) {
    fail('n3: ' + e.message);
  }
  const writer = new N3.Writer({ format: 'N-Quads' });
  writer.addQuads(quads);
  writer.end((error, result) => (error ? fail('n3: ' + error.message) : process.stdout.write(result)));
} else {
  fail('usage: node check.mjs jsonld|turtle|ntriples FILE [CONTEXT_URL CONTEXT_FILE]');
}
