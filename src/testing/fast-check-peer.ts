/**
 * fast-check, the optional peer of `frontier-sim/testing`, in one place. Under the repository
 * this is a plain import; the build (tsup.config.ts, `fastCheckPeer`) replaces this module with
 * a guard that, when fast-check is not installed, throws one Error saying what to install
 * instead of Node's ERR_MODULE_NOT_FOUND.
 *
 * @internal
 * @module
 */
import fc from 'fast-check';

export default fc;
