//! Word wrapping for node labels, so Vietnamese names break between words inside their boxes.

/// Wraps `text` into lines of at most `max_chars` characters, breaking between words; a word
/// longer than a line is split. More than `max_lines` lines end in an ellipsis.
///
/// ```
/// let lines = model::layout::wrap("Nền tảng tích hợp, chia sẻ dữ liệu quốc gia", 20, 4);
/// assert_eq!(lines, ["Nền tảng tích hợp,", "chia sẻ dữ liệu quốc", "gia"]);
/// ```
pub fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let max_chars = max_chars.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut cur_len = 0usize;
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let need = if cur_len == 0 {
                word.len()
            } else {
                cur_len + 1 + word.len()
            };
            if need <= max_chars {
                if cur_len > 0 {
                    cur.push(' ');
                }
                cur.extend(word.iter());
                cur_len = need;
                break;
            }
            if cur_len > 0 {
                lines.push(std::mem::take(&mut cur));
                cur_len = 0;
                continue;
            }
            // A single word longer than a line: split it.
            let rest = word.split_off(max_chars);
            lines.push(word.iter().collect());
            word = rest;
        }
    }
    if cur_len > 0 {
        lines.push(cur);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines ≥ 1 when truncating");
        let keep: String = last.chars().take(max_chars.saturating_sub(1)).collect();
        *last = format!("{}…", keep.trim_end());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_cuts_long_names_with_ellipsis() {
        let name = "dài ".repeat(100);
        let lines = wrap(&name, 10, 4);
        assert_eq!(lines.len(), 4);
        assert!(lines[3].ends_with('…'));
        assert!(lines.iter().all(|l| l.chars().count() <= 10));
    }

    #[test]
    fn wrap_splits_a_word_longer_than_a_line() {
        assert_eq!(wrap("abcdefghij", 4, 9), ["abcd", "efgh", "ij"]);
    }
}
