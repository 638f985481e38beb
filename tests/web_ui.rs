//! The app's components in a real browser: the shell in Indonesian, hash navigation,
//! forms that refuse bad input at the field, and the cash book taking rupiah.

#![allow(clippy::restriction)] // test code may unwrap, panic and index
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn query(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(selector).ok().flatten()
}

/// Waits up to 5 s for `selector` to exist.
async fn wait_for(selector: &str) -> web_sys::Element {
    for _ in 0..100 {
        if let Some(found) = query(selector) {
            return found;
        }
        sleep(50).await;
    }
    let html = document()
        .body()
        .map(|b| b.inner_html())
        .unwrap_or_default();
    panic!("{selector} did not appear; page: {html}");
}

fn text(selector: &str) -> String {
    query(selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn shell_navigation_and_forms() {
    // The test page's own hash (runner options) is no route of ours: start at home.
    let location = web_sys::window().expect("window").location();
    location.set_hash("#/").expect("set hash");
    bakti::ui::mount();
    wait_for("nav.bottom").await;
    let nav = text("nav.bottom");
    for label in ["Beranda", "Anak", "Keluarga", "Pendampingan", "Laporan"] {
        assert!(nav.contains(label), "{nav}");
    }
    // A new phone opens on the first-run set-up; "Lewati" leads to the home screen.
    let skip: HtmlElement = wait_for("[data-testid=setup-skip]").await.unchecked_into();
    skip.click();
    wait_for("[data-testid=summary]").await;

    location.set_hash("#/keluarga/baru").expect("set hash");
    let save: HtmlElement = wait_for("[data-testid=family-form] [data-testid=save]")
        .await
        .unchecked_into();
    let kk: HtmlInputElement = wait_for("#f-kk_number").await.unchecked_into();
    kk.set_value("12ab");
    kk.dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
    save.click();
    sleep(100).await;
    assert_eq!(text("#e-kk_number"), "Harus 16 angka.");
    assert_eq!(text("#e-address"), "Wajib diisi.");
    assert_eq!(kk.value(), "12ab", "what was typed is kept");

    location.set_hash("#/pendampingan").expect("set hash");
    let tpk = wait_for("[data-testid=tpk]").await;
    assert!(tpk
        .text_content()
        .unwrap_or_default()
        .contains("Pendampingan keluarga (TPK)"));
    assert!(query("nav.bottom a.active").is_some_and(|a| a
        .text_content()
        .unwrap_or_default()
        .contains("Pendampingan")));

    // The cash book: money typed in words is refused at the field, rupiah with dots
    // is taken and the balance shows it.
    location.set_hash("#/kegiatan").expect("set hash");
    let save_cash: HtmlElement = wait_for("[data-testid=cash-form] [data-testid=save-cash]")
        .await
        .unchecked_into();
    let amount: HtmlInputElement = wait_for("#f-amount").await.unchecked_into();
    let type_amount = |value: &str| {
        amount.set_value(value);
        amount
            .dispatch_event(&web_sys::Event::new("input").expect("event"))
            .expect("dispatch");
    };
    type_amount("dua puluh ribu");
    save_cash.click();
    sleep(100).await;
    assert_eq!(text("#e-amount"), "Tulis jumlah rupiah, misalnya 25.000.");
    type_amount("Rp 25.000");
    save_cash.click();
    for _ in 0..100 {
        if text("[data-testid=cash-balance]") == "Saldo: Rp 25.000" {
            break;
        }
        sleep(50).await;
    }
    assert_eq!(text("[data-testid=cash-balance]"), "Saldo: Rp 25.000");
    assert_eq!(text("#e-amount"), "");
}
