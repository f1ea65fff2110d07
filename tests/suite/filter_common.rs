//! Hand-built outlines for the filter tests. Nodes are built through serde so that
//! fields the parser adds with a default do not break these tests.
#![allow(dead_code)]

use duban::parser::{Document, Node, Outline};
use serde_json::{json, Value};

pub struct N(Value);

fn unit(name: &str) -> Value {
    let key = name.replace('（', "(").replace('）', ")").replace(' ', "");
    let collective = name.starts_with('各') || name.contains("有关");
    json!({ "name": name, "key": key, "collective": collective })
}

pub fn sec(number: &str, text: &str) -> N {
    N::new("section", number, text)
}

pub fn task(number: &str, text: &str) -> N {
    N::new("task", number, text)
}

impl N {
    fn new(kind: &str, number: &str, text: &str) -> N {
        let number = (!number.is_empty()).then(|| number.to_owned());
        N(json!({
            "number": number, "text": text, "kind": kind,
            "leaders": [], "lead_units": [], "coop_units": [], "deadline": null,
            "line": 1, "end_line": 1, "children": [],
        }))
    }

    pub fn lead(mut self, names: &[&str]) -> N {
        self.0["lead_units"] = names.iter().map(|n| unit(n)).collect();
        self
    }

    pub fn coop(mut self, names: &[&str]) -> N {
        self.0["coop_units"] = names.iter().map(|n| unit(n)).collect();
        self
    }

    pub fn leader(mut self, name: &str, post: Option<&str>) -> N {
        self.0["leaders"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "name": name, "post": post }));
        self
    }

    pub fn deadline(mut self, text: &str) -> N {
        self.0["deadline"] = json!({ "text": text, "date": null });
        self
    }

    pub fn body(mut self, text: &str) -> N {
        self.0["body"] = json!(text);
        self
    }

    pub fn kids(mut self, children: Vec<N>) -> N {
        self.0["children"] = children.into_iter().map(|c| c.0).collect();
        self
    }

    pub fn build(self) -> Node {
        serde_json::from_value(self.0).expect("valid node")
    }
}

pub fn doc(title: &str, nodes: Vec<N>) -> Document {
    Document {
        title: Some(title.to_owned()),
        nodes: nodes.into_iter().map(N::build).collect(),
        ..Document::default()
    }
}

pub fn outline(docs: Vec<Document>) -> Outline {
    Outline {
        documents: docs,
        ..Outline::default()
    }
}

/// The sample outline; flattened indices:
/// 0 一、优化营商环境 · 1 （一）招商引资 · 2 task 开展招商引资活动 · 3 task 举办ＡＢＣ论坛
/// · 4 （二）政务服务 · 5 task 推进一网通办 · 6 二、安全生产 · 7 task 开展安全检查
/// · 8 task 整治消防隐患 · 9 三、其他（no tasks）
pub fn sample() -> Outline {
    let zs = |n: N| n.leader("张三", Some("副区长"));
    outline(vec![doc(
        "2024年重点工作任务分解",
        vec![
            zs(sec("一、", "优化营商环境")).kids(vec![
                zs(sec("（一）", "招商引资")).kids(vec![
                    zs(task("1.", "开展招商引资活动"))
                        .lead(&["区发改局"])
                        .coop(&["区商务局", "各镇（街道）"])
                        .deadline("6月底前"),
                    zs(task("2.", "举办ＡＢＣ论坛１２场"))
                        .lead(&["区商务局"])
                        .coop(&["区发改局"]),
                ]),
                zs(sec("（二）", "政务服务")).kids(vec![zs(task("1.", "推进一网通办"))
                    .lead(&["区政务办"])
                    .coop(&["区发改局", "区政务办"])]),
            ]),
            sec("二、", "安全生产").leader("李四", None).kids(vec![
                task("1.", "开展安全检查")
                    .leader("李四", Some("副区长"))
                    .lead(&["区应急局"])
                    .coop(&["各镇(街道)"])
                    .deadline("持续推进"),
                task("2.", "整治消防隐患")
                    .leader("李四", None)
                    .lead(&["区消防救援大队"]),
            ]),
            sec("三、", "其他"),
        ],
    )])
}

/// Indices where `v` is true.
pub fn which(v: &[bool]) -> Vec<usize> {
    v.iter()
        .enumerate()
        .filter_map(|(i, &b)| b.then_some(i))
        .collect()
}
