//! Posyandu: the children, a weighing day and its results, a child's page with the
//! growth charts and her imunisasi, the month's report and the notice-board posters.

pub mod child_list;
pub mod child_page;
pub mod immunisation_card;
pub mod posters;
pub mod referral_back_card;
pub mod report;
pub mod weighing_day;
pub mod weighing_result;
