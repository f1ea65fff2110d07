//! Browser entry point: installs the crash screen and mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    duban::app::crash::install();
    leptos::mount::mount_to_body(duban::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("duban is a web app: build it with `trunk build` (see README.md); the native tool is duban-cli.");
    std::process::exit(2);
}
