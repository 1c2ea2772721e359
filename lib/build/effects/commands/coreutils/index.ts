/** The coreutils models: files, text, permissions. */
export { copyMoveModel } from './copy-move';
export { createModel } from './files';
export { permissionModel } from './permissions';
export { rmModel } from './rm';
export { catModel, printModel, teeModel } from './text';
