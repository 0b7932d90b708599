// The one shared store suite, run against every adapter this machine can reach.
import { storeSuite } from './store.suite.js';
import { storeTargets } from './test-helpers/targets.js';

for (const target of await storeTargets()) storeSuite(target);
