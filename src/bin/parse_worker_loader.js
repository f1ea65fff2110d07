// Starts the parse worker: loads the no-modules glue, then its wasm, by paths relative
// to this file (so the app works under any sub-path). See export_worker_loader.js.
importScripts("./parse_worker.js");
wasm_bindgen({ module_or_path: "./parse_worker_bg.wasm" });
