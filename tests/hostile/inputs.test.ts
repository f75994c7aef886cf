/**
 * The hostile corpus, inputs (tests/hostile/cases/inputs.ts): special and oversized files for
 * every input, `extends` outside its directory, loader bombs under the size limit, policy files.
 */
import { hostileSuite } from './harness';
import { EXTENDS_CASES, LOADER_CASES, POLICY_CASES, READ_CASES } from './cases/inputs';

hostileSuite('hostile inputs: special and oversized files', READ_CASES);
hostileSuite('hostile inputs: extends', EXTENDS_CASES);
hostileSuite('hostile inputs: loader bombs under the size limit', LOADER_CASES);
hostileSuite('hostile inputs: policy files', POLICY_CASES);
