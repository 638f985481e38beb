//! `village [FAMILIES] [SEED]`: a generated desa (default 2 000 families, three years
//! of records) as a Bakti backup file on stdout, to restore in the app and try every
//! screen at real size: `cargo run --release --bin village -- 2000 > desa.json`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use bakti::domain::core::backup;
    use bakti::sample::village::{village, Size};

    let mut args = std::env::args().skip(1);
    let families = args.next().map_or(Ok(2000), |a| a.parse::<usize>());
    let seed = args.next().map_or(Ok(1), |a| a.parse::<u64>());
    let (Ok(families), Ok(seed)) = (families, seed) else {
        eprintln!("usage: village [FAMILIES] [SEED]");
        return std::process::ExitCode::from(2);
    };
    let now = chrono::Utc::now();
    let records = village(Size::desa(families), seed, now);
    match backup::export(&records, env!("CARGO_PKG_VERSION"), "desa-contoh", now) {
        Ok(text) => {
            println!("{text}");
            eprintln!("village: {families} families, {} records", records.len());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("village: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
