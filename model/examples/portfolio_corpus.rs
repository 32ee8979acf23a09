//! Writes N synthetic agencies' frameworks of C components each into DIR, one JSON file per
//! agency, for `scripts/bench-portfolio.sh`. One process writes them all, so that making 4,000
//! files costs seconds rather than 4,000 process starts.
//!
//! Usage: cargo run --release -p model --example portfolio_corpus -- DIR N C

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, n, c] = args.as_slice() else {
        eprintln!("usage: portfolio_corpus DIR N C");
        std::process::exit(2);
    };
    let (n, c): (u64, usize) = (
        n.parse().expect("N is a whole number"),
        c.parse().expect("C is a whole number"),
    );
    std::fs::create_dir_all(dir).expect("DIR can be made");
    for seed in 1..=n {
        let doc = model::synth::agency_framework(c, 1.5, seed);
        std::fs::write(
            format!("{dir}/{seed:04}.json"),
            model::io::json::write(&doc),
        )
        .expect("DIR is writable");
    }
}
