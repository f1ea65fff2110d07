//! The browser calls the app needs beyond rendering: today's date, a download through a
//! Blob and an object URL, and the clipboard.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Today in the user's time zone, YYYY-MM-DD.
pub fn today() -> String {
    local_day(js_sys::Date::now())
}

/// The local calendar day ("YYYY-MM-DD") of a time in ms since the epoch, as the user's
/// clock reads it (not the UTC day, which is yesterday's before 08:00 in China).
pub fn local_day(ms: f64) -> String {
    let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:04}-{:02}-{:02}",
        at.get_full_year(),
        at.get_month() + 1,
        at.get_date()
    )
}

/// Saves `part` (a string or a typed array) as the file `name` of type `mime`.
pub fn download(part: &JsValue, mime: &str, name: &str) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&js_sys::Array::of1(part), &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let anchor: HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.set_hidden(true);
    let body = document().body().ok_or("no body")?;
    body.append_child(&anchor)?;
    anchor.click();
    anchor.remove();
    // The download has started from the URL; free it once the browser has read it.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(10),
    );
    Ok(())
}

/// Puts `text` on the clipboard: the Clipboard API where the page has it (https or
/// localhost), else the older copy command on a hidden text area (plain http on an
/// intranet address, where `navigator.clipboard` is undefined).
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let navigator = window().navigator();
    let has_api =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if has_api {
        JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .map(|_| ())
    } else {
        copy_with_command(text)
    }
}

/// Puts `text` (text/plain) and `html` (text/html) on the clipboard together: Word and
/// WPS paste the HTML, with its tables and borders; a chat or plain editor the text.
/// The Clipboard API's `ClipboardItem` where the page has it, else the copy command
/// with a copy-event handler that sets both (plain http on an intranet address).
pub async fn copy_rich(text: &str, html: &str) -> Result<(), JsValue> {
    use js_sys::Reflect;
    let navigator = window().navigator();
    let clipboard = Reflect::get(&navigator, &"clipboard".into())?;
    let item_class = Reflect::get(&window(), &"ClipboardItem".into())?;
    if clipboard.is_undefined() || !item_class.is_function() {
        return copy_rich_with_command(text, html);
    }
    let blob = |part: &str, mime: &str| -> Result<Blob, JsValue> {
        let options = BlobPropertyBag::new();
        options.set_type(mime);
        Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&part.into()), &options)
    };
    let data = js_sys::Object::new();
    Reflect::set(
        &data,
        &"text/plain".into(),
        &blob(text, "text/plain")?.into(),
    )?;
    Reflect::set(&data, &"text/html".into(), &blob(html, "text/html")?.into())?;
    let item_class: js_sys::Function = item_class.dyn_into()?;
    let item = Reflect::construct(&item_class, &js_sys::Array::of1(&data))?;
    let write: js_sys::Function = Reflect::get(&clipboard, &"write".into())?.dyn_into()?;
    let promise: js_sys::Promise = write
        .call1(&clipboard, &js_sys::Array::of1(&item))?
        .dyn_into()?;
    JsFuture::from(promise).await.map(|_| ())
}

fn copy_rich_with_command(text: &str, html: &str) -> Result<(), JsValue> {
    let (text, html) = (text.to_owned(), html.to_owned());
    let on_copy = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::ClipboardEvent)>::new(
        move |event: web_sys::ClipboardEvent| {
            if let Some(data) = event.clipboard_data() {
                let _ = data.set_data("text/plain", &text);
                let _ = data.set_data("text/html", &html);
                event.prevent_default();
            }
        },
    );
    let doc = document();
    doc.add_event_listener_with_callback("copy", on_copy.as_ref().unchecked_ref())?;
    let exec: js_sys::Function = js_sys::Reflect::get(&doc, &"execCommand".into())?.dyn_into()?;
    let copied = exec.call1(&doc, &"copy".into());
    let _ = doc.remove_event_listener_with_callback("copy", on_copy.as_ref().unchecked_ref());
    match copied {
        Ok(ok) if ok.as_bool() == Some(true) => Ok(()),
        Ok(_) => Err("浏览器不允许复制".into()),
        Err(err) => Err(err),
    }
}

fn copy_with_command(text: &str) -> Result<(), JsValue> {
    let doc = document();
    let area = doc.create_element("textarea")?;
    area.set_text_content(Some(text));
    area.set_attribute("readonly", "")?;
    area.set_attribute("style", "position:fixed;top:0;left:0;opacity:0")?;
    doc.body().ok_or("no body")?.append_child(&area)?;
    let call = |target: &JsValue, name: &str, arg: Option<&str>| -> Result<JsValue, JsValue> {
        let f: js_sys::Function = js_sys::Reflect::get(target, &name.into())?.dyn_into()?;
        match arg {
            Some(a) => f.call1(target, &a.into()),
            None => f.call0(target),
        }
    };
    let copied = call(&area, "select", None).and_then(|_| call(&doc, "execCommand", Some("copy")));
    area.remove();
    match copied {
        Ok(ok) if ok.as_bool() == Some(true) => Ok(()),
        Ok(_) => Err("浏览器不允许复制".into()),
        Err(err) => Err(err),
    }
}

/// The message for the user of a failed browser call.
pub fn describe_error(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "未知错误".to_owned())
}
