// Starts the document worker (.docx and web pages saved as .doc): loads the no-modules
// glue, then its wasm, by paths relative to this file, as export_worker_loader.js does.
importScripts("./docx_worker.js");
wasm_bindgen({ module_or_path: "./docx_worker_bg.wasm" });
