//! The first-run set-up: the desa, its RWs each with its RTs, and the posyandu, written
//! as area records in one step (a parent's id is known before its children are made).

use chrono::{DateTime, Utc};

use crate::domain::core::area::{Area, AreaLevel};
use crate::domain::core::fields::{required, Problem, Problems};
use crate::domain::core::record::{Body, Record};

/// One RW as typed: its name or number and its RTs ("01, 02, 03").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RwLine {
    pub rw: String,
    pub rts: String,
}

/// An RW with the RTs it holds, ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct RwWithRts {
    pub rw: String,
    pub rts: Vec<String>,
}

/// The names in a list typed with commas, semicolons or spaces; each once, in order.
pub fn listed_names(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in text.split([',', ';', ' ', '\n']).map(str::trim) {
        if !name.is_empty() && !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
    names
}

impl RwLine {
    pub fn parse(&self) -> Result<RwWithRts, Problems> {
        let mut problems = Problems::new();
        let rw = required(&self.rw, "setup_rw", &mut problems);
        let rts = listed_names(&self.rts);
        if rts.is_empty() {
            problems.push(("setup_rts", Problem::Required));
        }
        if problems.is_empty() {
            Ok(RwWithRts { rw, rts })
        } else {
            Err(problems)
        }
    }
}

/// The whole set-up as the cadre filled it in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetupForm {
    pub village: String,
    pub rws: Vec<RwWithRts>,
    /// Posyandu names separated by commas (a name may hold spaces).
    pub posyandu: String,
}

impl SetupForm {
    /// The area records: the desa, then each RW followed by its RTs, then the posyandu.
    pub fn records(&self, device: &str, now: DateTime<Utc>) -> Result<Vec<Record>, Problems> {
        let mut problems = Problems::new();
        let village_name = required(&self.village, "setup_village", &mut problems);
        if self.rws.is_empty() {
            problems.push(("setup_rw", Problem::Required));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let area = |level, name: &str, parent_id| {
            Record::new(
                Body::Area(Area {
                    level,
                    name: name.to_owned(),
                    parent_id,
                }),
                device,
                now,
            )
        };
        let village = area(AreaLevel::Village, &village_name, None);
        let village_id = Some(village.id);
        let mut records = vec![village];
        for line in &self.rws {
            let rw = area(AreaLevel::Rw, &line.rw, village_id);
            let rw_id = Some(rw.id);
            records.push(rw);
            records.extend(line.rts.iter().map(|rt| area(AreaLevel::Rt, rt, rw_id)));
        }
        let posyandu = self
            .posyandu
            .split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty());
        records.extend(posyandu.map(|name| area(AreaLevel::Posyandu, name, village_id)));
        Ok(records)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level_and_name(record: &Record) -> (AreaLevel, String, Option<uuid::Uuid>) {
        match &record.body {
            Body::Area(a) => (a.level, a.name.clone(), a.parent_id),
            other => panic!("not an area: {other:?}"),
        }
    }

    #[test]
    fn rt_lists_split_on_commas_and_spaces_once_each() {
        assert_eq!(
            listed_names(" 01, 02;03  04,,01 "),
            ["01", "02", "03", "04"]
        );
        assert!(listed_names(" , ").is_empty());
    }

    #[test]
    fn an_rw_needs_its_name_and_at_least_one_rt() {
        let missing = RwLine::default().parse().unwrap_err();
        assert_eq!(
            missing,
            vec![
                ("setup_rw", Problem::Required),
                ("setup_rts", Problem::Required)
            ]
        );
        let line = RwLine {
            rw: " 03 ".into(),
            rts: "1 2".into(),
        };
        assert_eq!(
            line.parse().unwrap(),
            RwWithRts {
                rw: "03".into(),
                rts: vec!["1".into(), "2".into()]
            }
        );
    }

    #[test]
    fn the_set_up_writes_the_tree_with_each_rt_under_its_rw() {
        let form = SetupForm {
            village: "Sukamaju".into(),
            rws: vec![
                RwWithRts {
                    rw: "01".into(),
                    rts: vec!["01".into(), "02".into()],
                },
                RwWithRts {
                    rw: "02".into(),
                    rts: vec!["01".into()],
                },
            ],
            posyandu: "Mawar, Melati Dua".into(),
        };
        let records = form.records("hp-1", Utc::now()).unwrap();
        let read: Vec<_> = records.iter().map(level_and_name).collect();
        let village = Some(records[0].id);
        let (rw1, rw2) = (Some(records[1].id), Some(records[4].id));
        assert_eq!(
            read,
            vec![
                (AreaLevel::Village, "Sukamaju".into(), None),
                (AreaLevel::Rw, "01".into(), village),
                (AreaLevel::Rt, "01".into(), rw1),
                (AreaLevel::Rt, "02".into(), rw1),
                (AreaLevel::Rw, "02".into(), village),
                (AreaLevel::Rt, "01".into(), rw2),
                (AreaLevel::Posyandu, "Mawar".into(), village),
                (AreaLevel::Posyandu, "Melati Dua".into(), village),
            ]
        );
    }

    #[test]
    fn the_set_up_needs_a_desa_and_an_rw() {
        let problems = SetupForm::default()
            .records("hp-1", Utc::now())
            .unwrap_err();
        assert_eq!(
            problems,
            vec![
                ("setup_village", Problem::Required),
                ("setup_rw", Problem::Required)
            ]
        );
    }
}
