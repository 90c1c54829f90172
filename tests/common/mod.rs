//! Helpers shared by the integration tests.

use serde_json::Value;

/// Checks every object with `text` and `span` inside `v` against the source characters:
/// the span lies inside the source and `source_chars[start..end] == text`. Returns how many
/// spans were checked.
pub fn check_grounding(v: &Value, source: &[char]) -> usize {
    let mut n = 0;
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(t)), Some(Value::Array(sp))) = (m.get("text"), m.get("span"))
            {
                let a = sp[0].as_u64().unwrap() as usize;
                let b = sp[1].as_u64().unwrap() as usize;
                assert!(
                    a <= b && b <= source.len(),
                    "span {a}..{b} outside the source"
                );
                let got: String = source[a..b].iter().collect();
                assert_eq!(&got, t, "span {a}..{b}");
                n += 1;
            }
            for x in m.values() {
                n += check_grounding(x, source);
            }
        }
        Value::Array(a) => {
            for x in a {
                n += check_grounding(x, source);
            }
        }
        _ => {}
    }
    n
}
