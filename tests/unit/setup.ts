// Real IndexedDB semantics in Node: every data-layer test runs against fake-indexeddb.
import 'fake-indexeddb/auto';
