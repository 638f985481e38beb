//! Imunisasi over the register: the children of a posyandu with doses to give on a
//! posyandu day, and IDL coverage — of the children turning one in a month, how many had
//! every basic dose before their first birthday.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::core::calendar::Month;
use crate::domain::core::register::Register;
use crate::domain::posyandu::immunisation::{
    completed_basic, to_give, Dose, DoseState, IDL_BY_MONTHS,
};
use crate::growth::Age;

/// A child with the doses she should get now.
pub struct DosesDue {
    pub child_id: Uuid,
    pub name: String,
    pub doses: Vec<(&'static Dose, DoseState)>,
}

/// The balita of `posyandu_id` on `day` with a dose due or overdue, by name.
pub fn doses_due(register: &Register, posyandu_id: Uuid, day: NaiveDate) -> Vec<DosesDue> {
    register
        .children_at(posyandu_id, day)
        .into_iter()
        .filter_map(|(id, child)| {
            let doses = to_give(child.birth_date, &register.doses_of(id), day);
            (!doses.is_empty()).then(|| DosesDue {
                child_id: id,
                name: child.name.clone(),
                doses,
            })
        })
        .collect()
}

/// IDL in `month`: (children with IDL, children who turned one in the month) of a
/// posyandu, or of all with `None`.
pub fn idl_coverage(register: &Register, posyandu: Option<Uuid>, month: Month) -> (u32, u32) {
    let turned_one = |born: NaiveDate| {
        Age::between(born, month.last_day()).is_some_and(|a| a.completed_months() >= IDL_BY_MONTHS)
            && Age::between(born, month.first_day())
                .is_none_or(|a| a.completed_months() < IDL_BY_MONTHS)
    };
    let mut complete = 0;
    let mut all = 0;
    for (id, child) in &register.people {
        let here =
            child.posyandu_id.is_some() && (posyandu.is_none() || child.posyandu_id == posyandu);
        if here && turned_one(child.birth_date) {
            all += 1;
            complete += u32::from(completed_basic(child.birth_date, &register.doses_of(*id)));
        }
    }
    (complete, all)
}
