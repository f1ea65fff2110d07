//! The page opened from a file on this computer (the single file `duban.html`, an
//! address starting with `file:`): where the browser keeps the marks then depends on the
//! browser and on the file's path, so the page says so, and when it opens there with an
//! empty library it offers the backup first: 导出备份 and 导入备份 (从备份恢复).

use leptos::prelude::*;

use super::backup_controls::{ExportBackupButton, ImportBackup};

/// Whether the page was opened from `file:`.
pub fn opened_from_file() -> bool {
    window()
        .location()
        .protocol()
        .is_ok_and(|p| p.eq_ignore_ascii_case("file:"))
}

/// `empty_library`: the library was empty when the page opened.
#[component]
pub fn LocalFileNotice(empty_library: bool) -> impl IntoView {
    opened_from_file().then(|| {
        view! {
            <section class="local-file-notice" role="note" data-testid="local-file-notice">
                <p>
                    "本页面是从本机文件直接打开的（单文件版）。勾选、备注和文档库保存在这个浏览器中，并且与这个文件所在的位置绑定：换一个浏览器，或移动、改名这个文件之后，就看不到了。请经常用“导出备份”保存一份；换了地方，用“导入备份”恢复。"
                </p>
                {empty_library.then(|| view! {
                    <p><strong>"这里还没有保存过文档。"</strong>"如果您在其他浏览器或其他位置用过督办清单，请先从那里导出备份，再在这里导入恢复："</p>
                    <div class="local-file-backup">
                        <ExportBackupButton/>
                        <ImportBackup/>
                    </div>
                })}
            </section>
        }
    })
}
