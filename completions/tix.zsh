#compdef tix
# tix completion for zsh, generated from the command model (tix completion zsh).
# Put it in a directory of $fpath as _tix (before compinit), or `source` it from ~/.zshrc.
# TAB reads the desk's values from tix's completion cache: no JVM starts.

__tix_cmd() {
  case "$1" in
    'account') echo 'account' ;;
    'account import') echo 'account import' ;;
    'account list') echo 'account list' ;;
    'account ls') echo 'account list' ;;
    'account show') echo 'account show' ;;
    'agent') echo 'agent' ;;
    'agent add') echo 'agent add' ;;
    'agent list') echo 'agent list' ;;
    'agent set') echo 'agent set' ;;
    'agent show') echo 'agent show' ;;
    'assign') echo 'assign' ;;
    'attachment') echo 'attachment' ;;
    'attachment list') echo 'attachment list' ;;
    'attachment ls') echo 'attachment list' ;;
    'attachment save') echo 'attachment save' ;;
    'backup') echo 'backup' ;;
    'bulk') echo 'bulk' ;;
    'bulk assign') echo 'bulk assign' ;;
    'bulk close') echo 'bulk close' ;;
    'bulk delete') echo 'bulk delete' ;;
    'bulk resolve') echo 'bulk resolve' ;;
    'bulk status') echo 'bulk status' ;;
    'bulk tag') echo 'bulk tag' ;;
    'calendar') echo 'calendar' ;;
    'calendar add') echo 'calendar add' ;;
    'calendar list') echo 'calendar list' ;;
    'calendar set') echo 'calendar set' ;;
    'calendar show') echo 'calendar show' ;;
    'check') echo 'check' ;;
    'close') echo 'close' ;;
    'completion') echo 'completion' ;;
    'config') echo 'config' ;;
    'config export') echo 'config export' ;;
    'config get') echo 'config get' ;;
    'config import') echo 'config import' ;;
    'config list') echo 'config list' ;;
    'config set') echo 'config set' ;;
    'config unset') echo 'config unset' ;;
    'create') echo 'create' ;;
    'db') echo 'db' ;;
    'db copy') echo 'db copy' ;;
    'deescalate') echo 'deescalate' ;;
    'delete') echo 'delete' ;;
    'demo') echo 'demo' ;;
    'doc') echo 'doc' ;;
    'doc add') echo 'doc add' ;;
    'doc edit') echo 'doc edit' ;;
    'doc list') echo 'doc list' ;;
    'doc ls') echo 'doc list' ;;
    'doc remove') echo 'doc remove' ;;
    'doc rm') echo 'doc remove' ;;
    'doc search') echo 'doc search' ;;
    'doc show') echo 'doc show' ;;
    'due') echo 'due' ;;
    'edit') echo 'edit' ;;
    'escalate') echo 'escalate' ;;
    'export') echo 'export' ;;
    'field') echo 'field' ;;
    'field add') echo 'field add' ;;
    'field list') echo 'field list' ;;
    'field ls') echo 'field list' ;;
    'field remove') echo 'field remove' ;;
    'field rm') echo 'field remove' ;;
    'follow') echo 'follow' ;;
    'history') echo 'history' ;;
    'import') echo 'import' ;;
    'init') echo 'init' ;;
    'known') echo 'known' ;;
    'known create') echo 'known create' ;;
    'known link') echo 'known link' ;;
    'known list') echo 'known list' ;;
    'known ls') echo 'known list' ;;
    'known note') echo 'known note' ;;
    'known resolve') echo 'known resolve' ;;
    'known show') echo 'known show' ;;
    'list') echo 'list' ;;
    'ls') echo 'list' ;;
    'macro') echo 'macro' ;;
    'macro add') echo 'macro add' ;;
    'macro list') echo 'macro list' ;;
    'macro ls') echo 'macro list' ;;
    'macro remove') echo 'macro remove' ;;
    'macro rm') echo 'macro remove' ;;
    'macro show') echo 'macro show' ;;
    'macro suggest') echo 'macro suggest' ;;
    'mail') echo 'mail' ;;
    'mail fetch') echo 'mail fetch' ;;
    'mail ingest') echo 'mail ingest' ;;
    'mail mark-sent') echo 'mail mark-sent' ;;
    'mail outbox') echo 'mail outbox' ;;
    'mail queue-settings') echo 'mail queue-settings' ;;
    'mail retry') echo 'mail retry' ;;
    'mail send') echo 'mail send' ;;
    'merge') echo 'merge' ;;
    'note') echo 'note' ;;
    'notifications') echo 'notifications' ;;
    'notify') echo 'notify' ;;
    'priority') echo 'priority' ;;
    'queue') echo 'queue' ;;
    'queue add') echo 'queue add' ;;
    'queue list') echo 'queue list' ;;
    'queue ls') echo 'queue list' ;;
    'queue member') echo 'queue member' ;;
    'queue member add') echo 'queue member add' ;;
    'queue member list') echo 'queue member list' ;;
    'queue member ls') echo 'queue member list' ;;
    'queue member remove') echo 'queue member remove' ;;
    'queue member rm') echo 'queue member remove' ;;
    'queue remove') echo 'queue remove' ;;
    'queue rm') echo 'queue remove' ;;
    'queue set') echo 'queue set' ;;
    'queue show') echo 'queue show' ;;
    'receive') echo 'receive' ;;
    'release') echo 'release' ;;
    'reopen') echo 'reopen' ;;
    'reply') echo 'reply' ;;
    'report') echo 'report' ;;
    'report handoff') echo 'report handoff' ;;
    'report repeats') echo 'report repeats' ;;
    'report tags') echo 'report tags' ;;
    'resolve') echo 'resolve' ;;
    'restore') echo 'restore' ;;
    'role') echo 'role' ;;
    'role add') echo 'role add' ;;
    'role list') echo 'role list' ;;
    'role ls') echo 'role list' ;;
    'role rights') echo 'role rights' ;;
    'role set') echo 'role set' ;;
    'role show') echo 'role show' ;;
    'route') echo 'route' ;;
    'route add') echo 'route add' ;;
    'route list') echo 'route list' ;;
    'route ls') echo 'route list' ;;
    'route move') echo 'route move' ;;
    'route remove') echo 'route remove' ;;
    'route rm') echo 'route remove' ;;
    'route test') echo 'route test' ;;
    'search') echo 'search' ;;
    'shell') echo 'shell' ;;
    'show') echo 'show' ;;
    'side') echo 'side' ;;
    'side list') echo 'side list' ;;
    'side ls') echo 'side list' ;;
    'side reply') echo 'side reply' ;;
    'sla') echo 'sla' ;;
    'sla explain') echo 'sla explain' ;;
    'sla list') echo 'sla list' ;;
    'sla remove') echo 'sla remove' ;;
    'sla set') echo 'sla set' ;;
    'split') echo 'split' ;;
    'stats') echo 'stats' ;;
    'status') echo 'status' ;;
    'suspended') echo 'suspended' ;;
    'suspended accept') echo 'suspended accept' ;;
    'suspended list') echo 'suspended list' ;;
    'suspended reject') echo 'suspended reject' ;;
    'suspended show') echo 'suspended show' ;;
    'sweep') echo 'sweep' ;;
    'tag') echo 'tag' ;;
    'tagset') echo 'tagset' ;;
    'tagset add') echo 'tagset add' ;;
    'tagset list') echo 'tagset list' ;;
    'tagset ls') echo 'tagset list' ;;
    'tagset remove') echo 'tagset remove' ;;
    'tagset rm') echo 'tagset remove' ;;
    'take') echo 'take' ;;
    'team') echo 'team' ;;
    'team add') echo 'team add' ;;
    'team list') echo 'team list' ;;
    'team ls') echo 'team list' ;;
    'team remove') echo 'team remove' ;;
    'team rm') echo 'team remove' ;;
    'team set') echo 'team set' ;;
    'team show') echo 'team show' ;;
    'tier') echo 'tier' ;;
    'tier add') echo 'tier add' ;;
    'tier list') echo 'tier list' ;;
    'tier ls') echo 'tier list' ;;
    'tier set') echo 'tier set' ;;
    'unfollow') echo 'unfollow' ;;
  esac
}

__tix_kind() {
  case "$1" in
    '--as') echo agent ;;
    '--db') echo - ;;
    '--now') echo - ;;
    'account list --status') echo - ;;
    'agent add --description') echo - ;;
    'agent add --email') echo - ;;
    'agent add --name') echo - ;;
    'agent add --notify') echo - ;;
    'agent add --role') echo role ;;
    'agent add --signature') echo - ;;
    'agent add --team') echo team ;;
    'agent set --description') echo - ;;
    'agent set --email') echo - ;;
    'agent set --name') echo - ;;
    'agent set --notify') echo - ;;
    'agent set --role') echo role ;;
    'agent set --signature') echo - ;;
    'agent set --team') echo team ;;
    'assign --if-version') echo - ;;
    'assign --team') echo team ;;
    'assign --to') echo agent ;;
    'attachment save --to') echo - ;;
    'bulk assign --assignee') echo agent ;;
    'bulk assign --channel') echo channel ;;
    'bulk assign --closed') echo - ;;
    'bulk assign --created') echo - ;;
    'bulk assign --field') echo fieldset ;;
    'bulk assign --ids') echo - ;;
    'bulk assign --in-team') echo - ;;
    'bulk assign --limit') echo - ;;
    'bulk assign --priority-min') echo - ;;
    'bulk assign --queue') echo queue ;;
    'bulk assign --requester') echo - ;;
    'bulk assign --sla') echo sla ;;
    'bulk assign --sort') echo - ;;
    'bulk assign --status') echo status ;;
    'bulk assign --tag') echo tag ;;
    'bulk assign --team') echo team ;;
    'bulk assign --tier') echo tier ;;
    'bulk assign --to') echo agent ;;
    'bulk assign --updated') echo - ;;
    'bulk assign -n') echo - ;;
    'bulk assign -s') echo status ;;
    'bulk close --assignee') echo agent ;;
    'bulk close --channel') echo channel ;;
    'bulk close --closed') echo - ;;
    'bulk close --created') echo - ;;
    'bulk close --field') echo fieldset ;;
    'bulk close --ids') echo - ;;
    'bulk close --limit') echo - ;;
    'bulk close --priority-min') echo - ;;
    'bulk close --queue') echo queue ;;
    'bulk close --requester') echo - ;;
    'bulk close --sla') echo sla ;;
    'bulk close --sort') echo - ;;
    'bulk close --status') echo status ;;
    'bulk close --tag') echo tag ;;
    'bulk close --team') echo team ;;
    'bulk close --tier') echo tier ;;
    'bulk close --updated') echo - ;;
    'bulk close -n') echo - ;;
    'bulk close -s') echo status ;;
    'bulk delete --assignee') echo agent ;;
    'bulk delete --channel') echo channel ;;
    'bulk delete --closed') echo - ;;
    'bulk delete --created') echo - ;;
    'bulk delete --field') echo fieldset ;;
    'bulk delete --ids') echo - ;;
    'bulk delete --limit') echo - ;;
    'bulk delete --priority-min') echo - ;;
    'bulk delete --queue') echo queue ;;
    'bulk delete --requester') echo - ;;
    'bulk delete --sla') echo sla ;;
    'bulk delete --sort') echo - ;;
    'bulk delete --status') echo status ;;
    'bulk delete --tag') echo tag ;;
    'bulk delete --team') echo team ;;
    'bulk delete --tier') echo tier ;;
    'bulk delete --updated') echo - ;;
    'bulk delete -n') echo - ;;
    'bulk delete -s') echo status ;;
    'bulk resolve --assignee') echo agent ;;
    'bulk resolve --channel') echo channel ;;
    'bulk resolve --closed') echo - ;;
    'bulk resolve --created') echo - ;;
    'bulk resolve --field') echo fieldset ;;
    'bulk resolve --ids') echo - ;;
    'bulk resolve --limit') echo - ;;
    'bulk resolve --priority-min') echo - ;;
    'bulk resolve --queue') echo queue ;;
    'bulk resolve --requester') echo - ;;
    'bulk resolve --sla') echo sla ;;
    'bulk resolve --sort') echo - ;;
    'bulk resolve --status') echo status ;;
    'bulk resolve --tag') echo tag ;;
    'bulk resolve --team') echo team ;;
    'bulk resolve --tier') echo tier ;;
    'bulk resolve --updated') echo - ;;
    'bulk resolve -n') echo - ;;
    'bulk resolve -s') echo status ;;
    'bulk status --assignee') echo agent ;;
    'bulk status --channel') echo channel ;;
    'bulk status --closed') echo - ;;
    'bulk status --created') echo - ;;
    'bulk status --days') echo - ;;
    'bulk status --field') echo fieldset ;;
    'bulk status --ids') echo - ;;
    'bulk status --limit') echo - ;;
    'bulk status --priority-min') echo - ;;
    'bulk status --queue') echo queue ;;
    'bulk status --requester') echo - ;;
    'bulk status --sla') echo sla ;;
    'bulk status --sort') echo - ;;
    'bulk status --status') echo status ;;
    'bulk status --tag') echo tag ;;
    'bulk status --team') echo team ;;
    'bulk status --tier') echo tier ;;
    'bulk status --until') echo - ;;
    'bulk status --updated') echo - ;;
    'bulk status -n') echo - ;;
    'bulk status -s') echo status ;;
    'bulk tag --assignee') echo agent ;;
    'bulk tag --channel') echo channel ;;
    'bulk tag --closed') echo - ;;
    'bulk tag --created') echo - ;;
    'bulk tag --field') echo fieldset ;;
    'bulk tag --ids') echo - ;;
    'bulk tag --limit') echo - ;;
    'bulk tag --priority-min') echo - ;;
    'bulk tag --queue') echo queue ;;
    'bulk tag --requester') echo - ;;
    'bulk tag --sla') echo sla ;;
    'bulk tag --sort') echo - ;;
    'bulk tag --status') echo status ;;
    'bulk tag --tag') echo tag ;;
    'bulk tag --team') echo team ;;
    'bulk tag --tier') echo tier ;;
    'bulk tag --updated') echo - ;;
    'bulk tag -n') echo - ;;
    'bulk tag -s') echo status ;;
    'calendar add --holidays') echo - ;;
    'calendar add --hours') echo - ;;
    'calendar add --zone') echo - ;;
    'calendar set --add-holiday') echo - ;;
    'calendar set --holidays') echo - ;;
    'calendar set --hours') echo - ;;
    'calendar set --remove-holiday') echo - ;;
    'calendar set --zone') echo - ;;
    'close --if-version') echo - ;;
    'create --account') echo - ;;
    'create --attach') echo - ;;
    'create --body') echo - ;;
    'create --body-file') echo - ;;
    'create --cc-agent') echo agent ;;
    'create --channel') echo channel ;;
    'create --due') echo - ;;
    'create --from-json') echo - ;;
    'create --name') echo - ;;
    'create --priority') echo priority ;;
    'create --queue') echo queue ;;
    'create --requester') echo - ;;
    'create --tag') echo tag ;;
    'create --tier') echo tier ;;
    'create --title') echo - ;;
    'create -b') echo - ;;
    'create -c') echo channel ;;
    'create -p') echo priority ;;
    'create -r') echo - ;;
    'create -t') echo - ;;
    'deescalate --answer') echo - ;;
    'deescalate --if-version') echo - ;;
    'deescalate --to') echo tier ;;
    'delete --if-version') echo - ;;
    'demo --seed') echo - ;;
    'demo --tickets') echo - ;;
    'doc add --body') echo - ;;
    'doc add --body-file') echo - ;;
    'doc add --tag') echo tag ;;
    'doc add --title') echo - ;;
    'doc add --url') echo - ;;
    'doc add -b') echo - ;;
    'doc edit --add-tag') echo tag ;;
    'doc edit --body') echo - ;;
    'doc edit --body-file') echo - ;;
    'doc edit --remove-tag') echo tag ;;
    'doc edit --title') echo - ;;
    'doc edit --url') echo - ;;
    'doc edit -b') echo - ;;
    'doc list --tag') echo tag ;;
    'doc search --limit') echo - ;;
    'due --if-version') echo - ;;
    'edit --account') echo - ;;
    'edit --channel') echo channel ;;
    'edit --if-version') echo - ;;
    'edit --name') echo - ;;
    'edit --queue') echo queue ;;
    'edit --requester') echo - ;;
    'edit --set') echo fieldset ;;
    'edit --title') echo - ;;
    'edit --unset') echo field ;;
    'edit -c') echo channel ;;
    'edit -r') echo - ;;
    'edit -t') echo - ;;
    'escalate --comment') echo - ;;
    'escalate --if-version') echo - ;;
    'escalate --question') echo - ;;
    'escalate --to') echo tier ;;
    'escalate -Q') echo - ;;
    'export --assignee') echo agent ;;
    'export --channel') echo channel ;;
    'export --closed') echo - ;;
    'export --created') echo - ;;
    'export --field') echo fieldset ;;
    'export --format') echo - ;;
    'export --limit') echo - ;;
    'export --output') echo - ;;
    'export --priority-min') echo - ;;
    'export --queue') echo queue ;;
    'export --requester') echo - ;;
    'export --sla') echo sla ;;
    'export --sort') echo - ;;
    'export --status') echo status ;;
    'export --tag') echo tag ;;
    'export --team') echo team ;;
    'export --tier') echo tier ;;
    'export --updated') echo - ;;
    'export -n') echo - ;;
    'export -o') echo - ;;
    'export -s') echo status ;;
    'field add --choices') echo - ;;
    'field add --type') echo - ;;
    'follow --agent') echo agent ;;
    'follow --team') echo team ;;
    'known create --number') echo - ;;
    'known create --slug') echo - ;;
    'known create --title') echo - ;;
    'known resolve --note') echo - ;;
    'list --assignee') echo agent ;;
    'list --channel') echo channel ;;
    'list --closed') echo - ;;
    'list --created') echo - ;;
    'list --field') echo fieldset ;;
    'list --format') echo - ;;
    'list --limit') echo - ;;
    'list --priority-min') echo - ;;
    'list --queue') echo queue ;;
    'list --requester') echo - ;;
    'list --sla') echo sla ;;
    'list --sort') echo - ;;
    'list --status') echo status ;;
    'list --tag') echo tag ;;
    'list --team') echo team ;;
    'list --tier') echo tier ;;
    'list --updated') echo - ;;
    'list -n') echo - ;;
    'list -s') echo status ;;
    'macro add --body') echo - ;;
    'macro add --body-file') echo - ;;
    'macro add -b') echo - ;;
    'macro suggest --min') echo - ;;
    'mail fetch --limit') echo - ;;
    'mail fetch --queue') echo queue ;;
    'mail fetch --url') echo - ;;
    'mail ingest --queue') echo queue ;;
    'mail outbox --status') echo - ;;
    'mail queue-settings --auto-response-limit') echo - ;;
    'mail queue-settings --closed-template') echo - ;;
    'mail queue-settings --fetch-url') echo - ;;
    'mail queue-settings --max-attachment-bytes') echo - ;;
    'mail queue-settings --max-message-bytes') echo - ;;
    'mail queue-settings --new-template') echo - ;;
    'mail queue-settings --phone-template') echo - ;;
    'mail queue-settings --reminder-template') echo - ;;
    'mail send --limit') echo - ;;
    'mail send --url') echo - ;;
    'merge --if-version') echo - ;;
    'merge --into') echo ticket ;;
    'note --attach') echo - ;;
    'note --body') echo - ;;
    'note --body-file') echo - ;;
    'note --cc-agent') echo agent ;;
    'note --if-version') echo - ;;
    'note -b') echo - ;;
    'notifications --ticket') echo ticket ;;
    'notify --if-version') echo - ;;
    'notify --note') echo - ;;
    'notify --team') echo team ;;
    'priority --if-version') echo - ;;
    'queue add --address') echo - ;;
    'queue add --auto-close-days') echo - ;;
    'queue add --auto-response-limit') echo - ;;
    'queue add --calendar') echo - ;;
    'queue add --closed-template') echo - ;;
    'queue add --fetch-url') echo - ;;
    'queue add --follow-up') echo - ;;
    'queue add --from') echo - ;;
    'queue add --max-attachment-bytes') echo - ;;
    'queue add --max-message-bytes') echo - ;;
    'queue add --new-template') echo - ;;
    'queue add --phone-template') echo - ;;
    'queue add --priority') echo priority ;;
    'queue add --reminder-template') echo - ;;
    'queue add --tier') echo tier ;;
    'queue remove --move-to') echo queue ;;
    'queue set --add-address') echo - ;;
    'queue set --address') echo - ;;
    'queue set --auto-close-days') echo - ;;
    'queue set --auto-response-limit') echo - ;;
    'queue set --calendar') echo - ;;
    'queue set --cc') echo - ;;
    'queue set --closed-template') echo - ;;
    'queue set --fetch-url') echo - ;;
    'queue set --follow-up') echo - ;;
    'queue set --from') echo - ;;
    'queue set --max-attachment-bytes') echo - ;;
    'queue set --max-message-bytes') echo - ;;
    'queue set --new-template') echo - ;;
    'queue set --phone-template') echo - ;;
    'queue set --priority') echo priority ;;
    'queue set --reminder-template') echo - ;;
    'queue set --remove-address') echo - ;;
    'queue set --tier') echo tier ;;
    'receive --body') echo - ;;
    'receive --body-file') echo - ;;
    'receive --if-version') echo - ;;
    'receive -b') echo - ;;
    'release --if-version') echo - ;;
    'reopen --if-version') echo - ;;
    'reply --attach') echo - ;;
    'reply --body') echo - ;;
    'reply --body-file') echo - ;;
    'reply --cc') echo - ;;
    'reply --cc-agent') echo agent ;;
    'reply --doc') echo - ;;
    'reply --if-version') echo - ;;
    'reply --macro') echo macro ;;
    'reply --status') echo status ;;
    'reply -b') echo - ;;
    'report handoff --from-tier') echo tier ;;
    'report handoff --process-family') echo tagfamily ;;
    'report handoff --since') echo - ;;
    'report repeats --min') echo - ;;
    'report repeats --since') echo - ;;
    'report tags --since') echo - ;;
    'resolve --if-version') echo - ;;
    'role add --right') echo right ;;
    'role set --grant') echo right ;;
    'role set --revoke') echo right ;;
    'route add --position') echo - ;;
    'route add --priority') echo priority ;;
    'route add --queue') echo queue ;;
    'route add --tag') echo tag ;;
    'route add --team') echo team ;;
    'route test --account') echo - ;;
    'route test --channel') echo channel ;;
    'route test --requester') echo - ;;
    'route test --title') echo - ;;
    'route test --to') echo - ;;
    'search --assignee') echo agent ;;
    'search --channel') echo channel ;;
    'search --closed') echo - ;;
    'search --created') echo - ;;
    'search --field') echo fieldset ;;
    'search --format') echo - ;;
    'search --limit') echo - ;;
    'search --priority-min') echo - ;;
    'search --queue') echo queue ;;
    'search --requester') echo - ;;
    'search --sla') echo sla ;;
    'search --sort') echo - ;;
    'search --status') echo status ;;
    'search --tag') echo tag ;;
    'search --team') echo team ;;
    'search --tier') echo tier ;;
    'search --updated') echo - ;;
    'search -n') echo - ;;
    'search -s') echo status ;;
    'show --format') echo - ;;
    'side --attach') echo - ;;
    'side --body') echo - ;;
    'side --body-file') echo - ;;
    'side --cc') echo - ;;
    'side --subject') echo - ;;
    'side --to') echo - ;;
    'side -b') echo - ;;
    'side reply --attach') echo - ;;
    'side reply --body') echo - ;;
    'side reply --body-file') echo - ;;
    'side reply --cc') echo - ;;
    'side reply -b') echo - ;;
    'sla remove --account-status') echo - ;;
    'sla remove --band') echo - ;;
    'sla remove --plan') echo - ;;
    'sla set --account-status') echo - ;;
    'sla set --band') echo - ;;
    'sla set --green') echo - ;;
    'sla set --plan') echo - ;;
    'sla set --yellow') echo - ;;
    'split --if-version') echo - ;;
    'split --message') echo - ;;
    'split --title') echo - ;;
    'split -m') echo - ;;
    'split -t') echo - ;;
    'stats --closed') echo - ;;
    'stats --created') echo - ;;
    'stats --updated') echo - ;;
    'status --days') echo - ;;
    'status --if-version') echo - ;;
    'status --until') echo - ;;
    'tag --if-version') echo - ;;
    'tagset add --file') echo - ;;
    'tagset add --preset') echo - ;;
    'take --if-version') echo - ;;
    'team add --member') echo - ;;
    'team set --add-member') echo agent ;;
    'team set --remove-member') echo agent ;;
    'tier add --after') echo tier ;;
    'tier add --calendar') echo - ;;
    'tier set --team') echo team ;;
    'unfollow --agent') echo watcher ;;
    'unfollow --team') echo team ;;
    'agent set #0') echo agent ;;
    'agent show #0') echo agent ;;
    'assign #0') echo ticket ;;
    'attachment list #0') echo ticket ;;
    'attachment save #0') echo ticket ;;
    'bulk status #0') echo status ;;
    'close #0') echo ticket ;;
    'deescalate #0') echo ticket ;;
    'due #0') echo ticket ;;
    'edit #0') echo ticket ;;
    'escalate #0') echo ticket ;;
    'field remove #0') echo field ;;
    'follow #0') echo ticket ;;
    'history #0') echo ticket ;;
    'mail queue-settings #0') echo queue ;;
    'merge #0') echo ticket ;;
    'note #0') echo ticket ;;
    'notify #0') echo ticket ;;
    'priority #0') echo ticket ;;
    'priority #1') echo priority ;;
    'queue member add #0') echo queue ;;
    'queue member list #0') echo queue ;;
    'queue member remove #0') echo queue ;;
    'queue member remove #1') echo agent ;;
    'receive #0') echo ticket ;;
    'release #0') echo ticket ;;
    'reopen #0') echo ticket ;;
    'reply #0') echo ticket ;;
    'resolve #0') echo ticket ;;
    'role set #0') echo role ;;
    'role show #0') echo role ;;
    'show #0') echo ticket ;;
    'side #0') echo ticket ;;
    'side list #0') echo ticket ;;
    'sla explain #0') echo ticket ;;
    'sla set #0') echo tier ;;
    'split #0') echo ticket ;;
    'status #0') echo ticket ;;
    'status #1') echo status ;;
    'suspended accept #0') echo ticket ;;
    'suspended reject #0') echo ticket ;;
    'suspended show #0') echo ticket ;;
    'tag #0') echo ticket ;;
    'tagset add #0') echo tagfamily ;;
    'tagset list #0') echo tagfamily ;;
    'tagset remove #0') echo tagfamily ;;
    'take #0') echo ticket ;;
    'tier set #0') echo tier ;;
    'unfollow #0') echo ticket ;;
    'bulk tag #'*) echo tagop ;;
    'delete #'*) echo ticket ;;
    'known link #'*) echo ticket ;;
    'queue member add #'*) echo agent ;;
    'tag #'*) echo tagop ;;
    'tagset add #'*) echo tag ;;
  esac
}

# the subcommands of a command path, name:description a line
__tix_subs() {
  case "$1" in
    '') printf '%s\n' 'init:Create the database with the default desk: queue support, the tiers t…' 'demo:Create a demo desk (a new temporary database unless --db is given), a…' 'create:Open a new ticket (status new; tier from the queue)' 'show:A ticket with its messages, links, SLA and the requester'\''s other tick…' 'list:List tickets: by default all but closed, highest priority first, then…' 'ls:List tickets: by default all but closed, highest priority first, then…' 'search:Find tickets: a ticket number (#42 or 42) finds that ticket and an e-…' 'assign:Assign a ticket to an agent or a team, or to nobody' 'take:Assign a ticket to yourself (ticket.take; a colleague'\''s ticket also n…' 'release:Give a ticket back to the pool (unassign it; a colleague'\''s ticket nee…' 'escalate:Move a ticket up a tier (one tier without --to)' 'deescalate:Move a ticket down to a lower tier, answering the escalated questions' 'split:Move one message to a new ticket: same requester and queue, tier tria…' 'merge:Move a ticket'\''s messages and tags into another; the source is closed …' 'tag:Add (+TAG or TAG) and remove (-TAG) tags' 'reply:A public answer to the customer, queued as email when the requester h…' 'note:An internal note: never sent, never in customer-facing exports' 'receive:Record a customer message (a call, a chat)' 'follow:Watch a ticket: you (or --agent A, or --team T) hear of its customer …' 'unfollow:Stop watching a ticket (you, or --agent A, or --team T)' 'notify:Tell a team about a ticket without assigning it: an internal note hea…' 'notifications:Who was notified of what: every notification sent to an agent (by mai…' 'status:Change the status: open, pending, waiting, hold (--days N or --until …' 'resolve:Mark answered, no reply expected (from new, open, pending, waiting, h…' 'close:Close a resolved ticket; closed is final but for '\''reopen'\''' 'reopen:Reopen a resolved or closed ticket (status open)' 'priority:Set the priority: 1-99 or low (25), medium (50), high (75), urgent (9…' 'due:Set the due date (YYYY-MM-DD in the queue'\''s timezone, or ISO-8601); '\''…' 'edit:Change a ticket'\''s properties; each changed field is an '\''edited'\'' event' 'history:Every change of a ticket, oldest first' 'delete:Delete tickets for ever, with their messages and history (right ticke…' 'agent:Agents: add, list, set, show' 'role:Roles: named sets of rights' 'queue:Queues (departments): their inbound addresses, default priority and t…' 'team:Teams (Engagement, Product, Billing ...): tickets are assigned to a t…' 'tagset:Controlled tag families (area, type, special ...)' 'field:Custom ticket fields: a name and a type (bool, text, number, date or …' 'route:Routing rules: when a ticket is created (by '\''tix create'\'' or by mail),…' 'tier:Tiers in escalation order (default triage, t1 .' 'macro:Canned responses: '\''tix reply ID --macro NAME'\'' appends one to the reply' 'account:Customer accounts (name, plan, status: paid, trial, community, potent…' 'completion:Print the shell completion script for bash, zsh or fish' 'shell:An interactive shell: type tix commands without '\''tix'\'' (TAB completes …' 'stats:The desk at a glance: tickets created this month, this week (from Mon…' 'mail:Mail: ingest, fetch, send, outbox, queue-settings' 'suspended:Mail held for review (suspected spam, bounces, auto-replies, feedback…' 'export:Write tickets with their messages and history as CSV or JSON, for arc…' 'import:Read back what '\''tix export'\'' wrote (CSV or JSON, told apart by the fir…' 'bulk:One action over a selection of tickets, in one transaction: close, re…' 'known:Known issues with numbers: linked tickets get known_issue = the numbe…' 'doc:The knowledge base: articles to answer with' 'report:What happened on the desk in a period, for the weekly review: answers…' 'attachment:Files that came with a ticket'\''s mail: list them, save one' 'side:Open a side conversation: a mail thread from ticket ID to a third par…' 'sweep:Apply every time rule due at --now (default: the clock): unattended n…' 'sla:The SLA table (green and yellow limits in business time per tier, opt…' 'calendar:Business calendars: timezone, weekly hours (several intervals a day) …' 'config:Desk settings kept in the database: the sweep'\''s timers (see `config l…' 'backup:Copy the whole desk to a new FILE (mode 0600), consistent as of one i…' 'restore:Replace the whole desk with a backup FILE made by '\''tix backup'\'' (admin…' 'check:Check the desk: SQLite'\''s integrity check and foreign keys, the values…' 'db:The desk'\''s database as a whole: move it between engines (SQLite and P…' ;;
    'account') printf '%s\n' 'import:Create or update accounts from a CSV file (RFC 4180, header row name,…' 'list:Every account with its contacts and ticket count' 'ls:Every account with its contacts and ticket count' 'show:One account: plan, status, contacts, ticket count' ;;
    'agent') printf '%s\n' 'add:Add an agent (desk.configure: admins)' 'list:All agents' 'set:Change an agent'\''s role or profile (admin; agents may edit their own p…' 'show:One agent'\''s profile' ;;
    'attachment') printf '%s\n' 'list:A ticket'\''s attachments: position, name, type, size, the message that …' 'ls:A ticket'\''s attachments: position, name, type, size, the message that …' 'save:Save attachment N of ticket ID into a folder (default: the current on…' ;;
    'bulk') printf '%s\n' 'close:Close the selected tickets (resolved ones; any open status with --for…' 'resolve:Resolve the selected tickets' 'assign:Assign the selected tickets: --to AGENT, --team TEAM or --none (assig…' 'tag:Add (+TAG) and remove (-TAG) tags on the selected tickets' 'status:Set the status of the selected tickets (hold needs --days or --until)' 'delete:Delete the selected tickets for ever, with their messages and history…' ;;
    'calendar') printf '%s\n' 'list:Every calendar and who uses it' 'show:One calendar' 'add:A new calendar (admin)' 'set:Change a calendar'\''s zone, hours or holidays (admin)' ;;
    'config') printf '%s\n' 'get:One setting'\''s value (a known key'\''s default when unset)' 'set:Set a value (admin), e.g' 'unset:Remove a stored value; a known key goes back to its default (admin)' 'list:Every known key with its value or default, and every other stored key' 'export:The stored settings as one JSON object {"key": "value", ...}' 'import:Set every pair of a JSON object (as `export` writes) from FILE or - (…' ;;
    'db') printf '%s\n' 'copy:Copy the whole desk FROM one database TO another: a SQLite file or a …' ;;
    'doc') printf '%s\n' 'add:Add a doc, e.g' 'edit:Change a doc'\''s title, body, URL or tags' 'list:Every doc (or those with --tag), the latest changed first' 'ls:Every doc (or those with --tag), the latest changed first' 'show:A doc: in a table its title, link and body, ready to read' 'search:Docs matching words and "quoted phrases" in their title, body or tags…' 'remove:Delete a doc (admin)' 'rm:Delete a doc (admin)' ;;
    'field') printf '%s\n' 'add:Add a custom field, e.g' 'list:Every custom field with its type, choices and how many tickets have a…' 'ls:Every custom field with its type, choices and how many tickets have a…' 'remove:Remove a custom field' 'rm:Remove a custom field' ;;
    'known') printf '%s\n' 'create:Create a known issue, e.g' 'link:Link tickets to a known issue (one transaction): known_issue and its …' 'list:Every known issue with its ticket count and what the count warrants' 'ls:Every known issue with its ticket count and what the count warrants' 'show:One known issue and the ids of its tickets' 'note:Add an update note to a known issue (what changed, a workaround, the …' 'resolve:Mark a known issue resolved (its tickets keep the link and the tag)' ;;
    'macro') printf '%s\n' 'add:Add a macro, e.g' 'list:Every macro with how often it was used and its text' 'ls:Every macro with how often it was used and its text' 'show:A macro'\''s text (in a table: the text alone, ready to read or pipe)' 'remove:Delete a macro' 'rm:Delete a macro' 'suggest:Public answers written at least --min times word for word: each one i…' ;;
    'mail') printf '%s\n' 'ingest:Read RFC 5322 messages and make or update tickets: one message on sta…' 'fetch:Poll IMAP(S) or POP3(S) mailboxes and ingest what is there: each queu…' 'send:Deliver the outbox over SMTP: --url smtp://user@host:port or smtps://…' 'outbox:List queued and sent mail (ticket_id, to, subject, kind, status); --r…' 'mark-sent:Record that an outbox row went out: a manual row (an answer to a chan…' 'retry:Put one unsure or failed outbox row back in the queue, due at once: t…' 'queue-settings:Show or change a queue'\''s mail settings: fetch URL, templates, limits …' ;;
    'queue') printf '%s\n' 'add:Add a queue, e.g' 'list:Every queue with its settings and ticket count' 'ls:Every queue with its settings and ticket count' 'show:One queue'\''s settings, addresses and ticket count' 'set:Change a queue'\''s settings; options left out keep their value' 'remove:Delete a queue' 'rm:Delete a queue' 'member:Who belongs to a queue' ;;
    'queue member') printf '%s\n' 'add:Make agents members of a queue (admin)' 'remove:Take an agent out of a queue (admin)' 'rm:Take an agent out of a queue (admin)' 'list:A queue'\''s members and whether it is members-only' 'ls:A queue'\''s members and whether it is members-only' ;;
    'report') printf '%s\n' 'repeats:Public answers written at least --min times in near-identical words (…' 'tags:Each tag'\''s use in the period: on how many tickets created then, and h…' 'handoff:The weekly hand-over: escalations up and down, known issues opened, r…' ;;
    'role') printf '%s\n' 'add:Add a role with these rights (admin), e.g' 'set:Grant or revoke rights of a role of the desk'\''s own (admin); built-in …' 'list:Every role with its rights and agents' 'ls:Every role with its rights and agents' 'show:One role: {"name", "built_in", "rights", "agents"} with --json' 'rights:Every right there is, with what it allows' ;;
    'route') printf '%s\n' 'add:Add a rule, e.g' 'list:Every rule in the order they are tried' 'ls:Every rule in the order they are tried' 'remove:Delete a rule; the rules after it move up one' 'rm:Delete a rule; the rules after it move up one' 'move:Put a rule at another position; the others keep their order' 'test:Which rules a new ticket with these facts would get, and what they wo…' ;;
    'side') printf '%s\n' 'list:A ticket'\''s side conversations: partner, CC, the partner'\''s ticket numb…' 'ls:A ticket'\''s side conversations: partner, CC, the partner'\''s ticket numb…' 'reply:The next message of side conversation SIDE_ID (the id '\''tix side'\'' and …' ;;
    'sla') printf '%s\n' 'list:The SLA table, tier by tier' 'set:Add a row, or change the limits of the row with the same key (admin)' 'remove:Remove a row by its id, or by tier and the same key options as `set` …' 'explain:How a ticket'\''s SLA is computed: the policy matched and why, the calen…' ;;
    'suspended') printf '%s\n' 'list:Suspended tickets, oldest first, with why they were held' 'show:One suspended ticket: sender, reason and the raw message as received' 'accept:Real mail after all: the ticket becomes new, and the sender gets the …' 'reject:Spam or junk: closed with tag spam (kept, never deleted)' ;;
    'tagset') printf '%s\n' 'add:Create a family or add tags to it, one argument per tag as the desk n…' 'list:Every family'\''s tags with how many tickets carry each' 'ls:Every family'\''s tags with how many tickets carry each' 'remove:Take tags out of a family, or remove the whole family when no tag is …' 'rm:Take tags out of a family, or remove the whole family when no tag is …' ;;
    'team') printf '%s\n' 'add:Add a team, e.g' 'list:Every team with its members and ticket count' 'ls:Every team with its members and ticket count' 'show:A team'\''s members and ticket count' 'set:Add or remove members' 'remove:Delete a team' 'rm:Delete a team' ;;
    'tier') printf '%s\n' 'list:The tiers, lowest first: position, calendar (empty: the queue'\''s), tic…' 'ls:The tiers, lowest first: position, calendar (empty: the queue'\''s), tic…' 'add:Add a tier (admin only), e.g' 'set:Change a tier (desk.configure): --team names the team escalations int…' ;;
  esac
}

# the options of a command path (the root's apply everywhere), name:description
__tix_opts() {
  case "$1" in
    '') printf '%s\n' '--as:Act as this agent (else TIX_AGENT, else the config file, else the OS …' '--json:Print JSON; optionally only these comma-separated fields' '--csv:Print CSV (RFC 4180, header row)' '--no-color:No colours (also: NO_COLOR)' '--now:Act as if it were this time (ISO-8601 or YYYY-MM-DD, UTC)' '-q:Print nothing on success' '--quiet:Print nothing on success' '--db:Database file, or a PostgreSQL database as postgresql://USER@HOST:POR…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'account') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'account import') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'account list') printf '%s\n' '--status:Only accounts of this status' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'account show') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'agent') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'agent add') printf '%s\n' '--name:Full name' '--role:agent, lead, admin or a role of the desk'\''s own (tix role list)' '--description:What the agent does (profile)' '--signature:Appended to public replies' '--team:Team membership (repeatable; replaces the list)' '--email:Where notifications go ("" removes it)' '--notify:Which notifications: none, assigned (the default: everything about ti…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'agent list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'agent set') printf '%s\n' '--name:Full name' '--role:agent, lead, admin or a role of the desk'\''s own (tix role list)' '--description:What the agent does (profile)' '--signature:Appended to public replies' '--team:Team membership (repeatable; replaces the list)' '--email:Where notifications go ("" removes it)' '--notify:Which notifications: none, assigned (the default: everything about ti…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'agent show') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'assign') printf '%s\n' '--to:The agent' '--team:The team' '--none:Nobody (back to the pool)' '--sticky:Customer replies keep the assignee (default)' '--no-sticky:A customer reply un-assigns the ticket' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'attachment') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'attachment list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'attachment save') printf '%s\n' '--to:The folder to save into (default: the current one)' '--force:Replace a file of the same name' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'backup') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'bulk') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'bulk assign') printf '%s\n' '-s:Status (repeatable; default: all but closed)' '--status:Status (repeatable; default: all but closed)' '--queue:Queue' '--tier:Tier' '--assignee:Assigned to this agent' '--unassigned:Nobody assigned' '--team:Team' '--tag:Has this tag (repeatable: all of them)' '--priority-min:Priority at least N' '--requester:Requested by' '--unanswered:No public reply since the customer last wrote' '--sla:SLA colour: green, yellow, red, none' '--field:Custom field NAME has VALUE (repeatable: all of them); see '\''tix field…' '--channel:Came in by this channel: email, web, phone, chat, social, review, api…' '--created:Created in this period: 7d (the last seven days up to --now), 12h, 2w…' '--updated:Last changed in this period (as --created)' '--closed:Closed in this period (as --created); selects closed tickets without …' '--sort:Sort by id, priority, created, updated, status, title, queue, tier, a…' '-n:At most N tickets' '--limit:At most N tickets' '--ids:Only these tickets: comma-separated ids, or '\''-'\'' to read them from sta…' '--dry-run:Show what would change; write nothing' '--skip-invalid:Leave out tickets the action refuses (listed as skipped) instead of r…' '--to:The agent' '--in-team:Select tickets of this team (in bulk assign, --team TEAM is the team …' '--none:Nobody (back to the pool)' '--sticky:Customer replies keep the assignee (default)' '--no-sticky:A customer reply un-assigns the ticket' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'bulk close') printf '%s\n' '-s:Status (repeatable; default: all but closed)' '--status:Status (repeatable; default: all but closed)' '--queue:Queue' '--tier:Tier' '--assignee:Assigned to this agent' '--unassigned:Nobody assigned' '--team:Team' '--tag:Has this tag (repeatable: all of them)' '--priority-min:Priority at least N' '--requester:Requested by' '--unanswered:No public reply since the customer last wrote' '--sla:SLA colour: green, yellow, red, none' '--field:Custom field NAME has VALUE (repeatable: all of them); see '\''tix field…' '--channel:Came in by this channel: email, web, phone, chat, social, review, api…' '--created:Created in this period: 7d (the last seven days up to --now), 12h, 2w…' '--updated:Last changed in this period (as --created)' '--closed:Closed in this period (as --created); selects closed tickets without …' '--sort:Sort by id, priority, created, updated, status, title, queue, tier, a…' '-n:At most N tickets' '--limit:At most N tickets' '--ids:Only these tickets: comma-separated ids, or '\''-'\'' to read them from sta…' '--dry-run:Show what would change; write nothing' '--skip-invalid:Leave out tickets the action refuses (listed as skipped) instead of r…' '--force:Also close tickets that are not resolved (admin)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'bulk delete') printf '%s\n' '-s:Status (repeatable; default: all but closed)' '--status:Status (repeatable; default: all but closed)' '--queue:Queue' '--tier:Tier' '--assignee:Assigned to this agent' '--unassigned:Nobody assigned' '--team:Team' '--tag:Has this tag (repeatable: all of them)' '--priority-min:Priority at least N' '--requester:Requested by' '--unanswered:No public reply since the customer last wrote' '--sla:SLA colour: green, yellow, red, none' '--field:Custom field NAME has VALUE (repeatable: all of them); see '\''tix field…' '--channel:Came in by this channel: email, web, phone, chat, social, review, api…' '--created:Created in this period: 7d (the last seven days up to --now), 12h, 2w…' '--updated:Last changed in this period (as --created)' '--closed:Closed in this period (as --created); selects closed tickets without …' '--sort:Sort by id, priority, created, updated, status, title, queue, tier, a…' '-n:At most N tickets' '--limit:At most N tickets' '--ids:Only these tickets: comma-separated ids, or '\''-'\'' to read them from sta…' '--dry-run:Show what would change; write nothing' '--skip-invalid:Leave out tickets the action refuses (listed as skipped) instead of r…' '--permanent:Confirm: there is no undo' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'bulk resolve') printf '%s\n' '-s:Status (repeatable; default: all but closed)' '--status:Status (repeatable; default: all but closed)' '--queue:Queue' '--tier:Tier' '--assignee:Assigned to this agent' '--unassigned:Nobody assigned' '--team:Team' '--tag:Has this tag (repeatable: all of them)' '--priority-min:Priority at least N' '--requester:Requested by' '--unanswered:No public reply since the customer last wrote' '--sla:SLA colour: green, yellow, red, none' '--field:Custom field NAME has VALUE (repeatable: all of them); see '\''tix field…' '--channel:Came in by this channel: email, web, phone, chat, social, review, api…' '--created:Created in this period: 7d (the last seven days up to --now), 12h, 2w…' '--updated:Last changed in this period (as --created)' '--closed:Closed in this period (as --created); selects closed tickets without …' '--sort:Sort by id, priority, created, updated, status, title, queue, tier, a…' '-n:At most N tickets' '--limit:At most N tickets' '--ids:Only these tickets: comma-separated ids, or '\''-'\'' to read them from sta…' '--dry-run:Show what would change; write nothing' '--skip-invalid:Leave out tickets the action refuses (listed as skipped) instead of r…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'bulk status') printf '%s\n' '-s:Status (repeatable; default: all but closed)' '--status:Status (repeatable; default: all but closed)' '--queue:Queue' '--tier:Tier' '--assignee:Assigned to this agent' '--unassigned:Nobody assigned' '--team:Team' '--tag:Has this tag (repeatable: all of them)' '--priority-min:Priority at least N' '--requester:Requested by' '--unanswered:No public reply since the customer last wrote' '--sla:SLA colour: green, yellow, red, none' '--field:Custom field NAME has VALUE (repeatable: all of them); see '\''tix field…' '--channel:Came in by this channel: email, web, phone, chat, social, review, api…' '--created:Created in this period: 7d (the last seven days up to --now), 12h, 2w…' '--updated:Last changed in this period (as --created)' '--closed:Closed in this period (as --created); selects closed tickets without …' '--sort:Sort by id, priority, created, updated, status, title, queue, tier, a…' '-n:At most N tickets' '--limit:At most N tickets' '--ids:Only these tickets: comma-separated ids, or '\''-'\'' to read them from sta…' '--dry-run:Show what would change; write nothing' '--skip-invalid:Leave out tickets the action refuses (listed as skipped) instead of r…' '--days:For hold and waiting: until now + N days' '--until:For hold and waiting: until this date' '--force:Allow closing tickets that are not resolved (admin)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'bulk tag') printf '%s\n' '-s:Status (repeatable; default: all but closed)' '--status:Status (repeatable; default: all but closed)' '--queue:Queue' '--tier:Tier' '--assignee:Assigned to this agent' '--unassigned:Nobody assigned' '--team:Team' '--tag:Has this tag (repeatable: all of them)' '--priority-min:Priority at least N' '--requester:Requested by' '--unanswered:No public reply since the customer last wrote' '--sla:SLA colour: green, yellow, red, none' '--field:Custom field NAME has VALUE (repeatable: all of them); see '\''tix field…' '--channel:Came in by this channel: email, web, phone, chat, social, review, api…' '--created:Created in this period: 7d (the last seven days up to --now), 12h, 2w…' '--updated:Last changed in this period (as --created)' '--closed:Closed in this period (as --created); selects closed tickets without …' '--sort:Sort by id, priority, created, updated, status, title, queue, tier, a…' '-n:At most N tickets' '--limit:At most N tickets' '--ids:Only these tickets: comma-separated ids, or '\''-'\'' to read them from sta…' '--dry-run:Show what would change; write nothing' '--skip-invalid:Leave out tickets the action refuses (listed as skipped) instead of r…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'calendar') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'calendar add') printf '%s\n' '--zone:IANA timezone, e.g' '--hours:Weekly hours: "mon-fri 09:00-17:00", "mon-thu 09:00-12:00,13:00-17:00…' '--holidays:Comma-separated YYYY-MM-DD, or --MM-DD for every year' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'calendar list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'calendar set') printf '%s\n' '--zone:IANA timezone, e.g' '--hours:Weekly hours (replaces them), e.g' '--holidays:Replace the holidays ("" clears them)' '--add-holiday:Add YYYY-MM-DD or --MM-DD (repeatable)' '--remove-holiday:Remove a holiday (repeatable)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'calendar show') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'check') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'close') printf '%s\n' '--force:Close from any open status (right ticket.close.force: admins)' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'completion') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'config') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'config export') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'config get') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'config import') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'config list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'config set') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'config unset') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'create') printf '%s\n' '-t:The subject' '--title:The subject' '-r:The customer'\''s address, or a handle on a channel without e-mail (twit…' '--requester:The customer'\''s address, or a handle on a channel without e-mail (twit…' '--from-json:Create the tickets of a JSON file ('\''-'\'': standard input)' '--name:The customer'\''s name' '-b:The text; '\''-'\'' reads standard input' '--body:The text; '\''-'\'' reads standard input' '--body-file:Read the text from FILE ('\''-'\'' = standard input)' '--internal:The body is an internal note, not the customer'\''s words' '-p:1-99 or low, medium, high, urgent (default: the queue'\''s)' '--priority:1-99 or low, medium, high, urgent (default: the queue'\''s)' '-c:email, web, phone, chat, social, review, api, agent (default agent)' '--channel:email, web, phone, chat, social, review, api, agent (default agent)' '--queue:Queue (default support)' '--tier:Tier (default: the queue'\''s)' '--tag:A tag (repeatable)' '--due:Due date (YYYY-MM-DD or ISO-8601)' '--account:Attach the requester to this account' '--no-sticky:A customer reply un-assigns the ticket' '--cc-agent:These agents watch the ticket from now on and are told (repeatable)' '--attach:Files to keep with the message and send as attachments (repeatable; t…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'db') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'db copy') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'deescalate') printf '%s\n' '--to:The target tier' '--answer:The answer to the escalated questions (internal note)' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'delete') printf '%s\n' '--permanent:Confirm: there is no undo' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'demo') printf '%s\n' '--tickets:Generate N tickets (1 to 10,000,000) instead of acting out the day' '--seed:Seed of the generated desk (default: 1)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'doc') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'doc add') printf '%s\n' '--title:One line' '-b:The text; '\''-'\'' reads standard input' '--body:The text; '\''-'\'' reads standard input' '--body-file:Read the text from FILE ('\''-'\'' = standard input)' '--url:Where the article lives (http or https)' '--tag:A tag (repeatable)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'doc edit') printf '%s\n' '--title:' '-b:The text; '\''-'\'' reads standard input' '--body:The text; '\''-'\'' reads standard input' '--body-file:Read the text from FILE ('\''-'\'' = standard input)' '--url:A new URL' '--no-url:Drop the URL (the doc keeps its body)' '--add-tag:Add a tag (repeatable)' '--remove-tag:Remove a tag (repeatable)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'doc list') printf '%s\n' '--tag:Only docs with this tag' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'doc remove') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'doc search') printf '%s\n' '--limit:At most N docs (default 20)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'doc show') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'due') printf '%s\n' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'edit') printf '%s\n' '-t:The new title' '--title:The new title' '-r:Move the ticket to this requester' '--requester:Move the ticket to this requester' '--name:The requester'\''s name' '--account:The requester'\''s account' '--queue:Move the ticket to this queue' '-c:email, web, phone, chat, social, review, api or agent' '--channel:email, web, phone, chat, social, review, api or agent' '--set:Set a custom field (repeatable); see '\''tix field list'\''' '--unset:Clear a custom field (repeatable)' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'escalate') printf '%s\n' '--to:The target tier' '--oncall:Straight to the on-call tier' '-Q:A question for the next tier (repeatable; at least one)' '--question:A question for the next tier (repeatable; at least one)' '--keep-assignee:Keep the current assignee' '--comment:A public transition comment to the customer' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'export') printf '%s\n' '-s:Status (repeatable; default: all but closed)' '--status:Status (repeatable; default: all but closed)' '--queue:Queue' '--tier:Tier' '--assignee:Assigned to this agent' '--unassigned:Nobody assigned' '--team:Team' '--tag:Has this tag (repeatable: all of them)' '--priority-min:Priority at least N' '--requester:Requested by' '--unanswered:No public reply since the customer last wrote' '--sla:SLA colour: green, yellow, red, none' '--field:Custom field NAME has VALUE (repeatable: all of them); see '\''tix field…' '--channel:Came in by this channel: email, web, phone, chat, social, review, api…' '--created:Created in this period: 7d (the last seven days up to --now), 12h, 2w…' '--updated:Last changed in this period (as --created)' '--closed:Closed in this period (as --created); selects closed tickets without …' '--sort:Sort by id, priority, created, updated, status, title, queue, tier, a…' '-n:At most N tickets' '--limit:At most N tickets' '--format:csv or json (default: --json/--csv if given, else json for an --outpu…' '-o:Write to FILE (replaced whole, only once everything is written) inste…' '--output:Write to FILE (replaced whole, only once everything is written) inste…' '--customer:Customer-facing: only customer messages and public replies; no intern…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'field') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'field add') printf '%s\n' '--type:bool (true/false, yes/no), text, number, date (YYYY-MM-DD) or choice' '--choices:The values a choice field allows, separated by commas' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'field list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'field remove') printf '%s\n' '--force:Remove it even when tickets have values (they go with it)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'follow') printf '%s\n' '--agent:This agent instead of you' '--team:This team (its members) instead of you' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'history') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'import') printf '%s\n' '--create:Create the desk when it does not exist yet, as '\''tix init'\'' does (the a…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'init') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'known') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'known create') printf '%s\n' '--title:What the issue is' '--number:Its number (e.g' '--slug:The short description in the tag (default: from the title)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'known link') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'known list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'known note') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'known resolve') printf '%s\n' '--note:How it was fixed (e.g' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'known show') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'list') printf '%s\n' '--format:One line per ticket from TEMPLATE: {field} is replaced by the ticket'\''…' '-s:Status (repeatable; default: all but closed)' '--status:Status (repeatable; default: all but closed)' '--queue:Queue' '--tier:Tier' '--assignee:Assigned to this agent' '--unassigned:Nobody assigned' '--team:Team' '--tag:Has this tag (repeatable: all of them)' '--priority-min:Priority at least N' '--requester:Requested by' '--unanswered:No public reply since the customer last wrote' '--sla:SLA colour: green, yellow, red, none' '--field:Custom field NAME has VALUE (repeatable: all of them); see '\''tix field…' '--channel:Came in by this channel: email, web, phone, chat, social, review, api…' '--created:Created in this period: 7d (the last seven days up to --now), 12h, 2w…' '--updated:Last changed in this period (as --created)' '--closed:Closed in this period (as --created); selects closed tickets without …' '--sort:Sort by id, priority, created, updated, status, title, queue, tier, a…' '-n:At most N tickets' '--limit:At most N tickets' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'macro') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'macro add') printf '%s\n' '-b:The text; '\''-'\'' reads standard input' '--body:The text; '\''-'\'' reads standard input' '--body-file:Read the text from FILE ('\''-'\'' = standard input)' '--replace:Replace the text of an existing macro (its use count stays)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'macro list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'macro remove') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'macro show') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'macro suggest') printf '%s\n' '--min:How many times (default 3)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'mail') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'mail fetch') printf '%s\n' '--keep:Leave the mail on the server (a shared mailbox): mark it seen instead…' '--queue:Only this queue'\''s mailbox (with --url: the queue for unclaimed mail)' '--url:imap://, imaps://, pop3:// or pop3s://user@host:port/FOLDER' '--limit:At most N messages per mailbox (default 500)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'mail ingest') printf '%s\n' '--queue:Queue for mail no queue address claims (default support)' '--summary:Print the counts of outcomes on stderr (always on a terminal)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'mail mark-sent') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'mail outbox') printf '%s\n' '--status:queued, sending, sent, failed, held, manual (answers to channel handl…' '--retry:Put failed rows back in the queue, due at once' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'mail queue-settings') printf '%s\n' '--fetch-url:Mailbox `mail fetch` polls: imap[s]:// or pop3[s]://user@host:port/FO…' '--new-template:Auto-response to a new ticket (placeholders {ticket.id}, {ticket.titl…' '--closed-template:Auto-response when a ticket is resolved or closed (default: none; '\'''\'' …' '--reminder-template:The pending reminder ('\'''\'' = built-in text)' '--phone-template:Follow-up mail after a ticket created with --channel phone ('\'''\'' = buil…' '--auto-response-limit:At most N auto-responses per sender per hour (default 3; 0 = none)' '--max-message-bytes:Larger mail is suspended (default 50 MiB)' '--max-attachment-bytes:Larger attachments are kept only in the raw message (default 25 MiB)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'mail retry') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'mail send') printf '%s\n' '--url:smtp://user@host:port or smtps://user@host:port' '--limit:At most N messages (default 1000)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'merge') printf '%s\n' '--into:The target ticket' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'note') printf '%s\n' '-b:The text; '\''-'\'' reads standard input' '--body:The text; '\''-'\'' reads standard input' '--body-file:Read the text from FILE ('\''-'\'' = standard input)' '--attach:Files to keep with the message and send as attachments (repeatable; t…' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '--cc-agent:These agents watch the ticket from now on and are told (repeatable)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'notifications') printf '%s\n' '--ticket:Only this ticket'\''s' '--failed:Only those the notify hook failed to take' '--retry:Give the failed ones to the notify hook again (desk.configure)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'notify') printf '%s\n' '--team:The team to tell' '--note:What to tell them (an internal note)' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'priority') printf '%s\n' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'queue') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'queue add') printf '%s\n' '--address:Inbound address of the queue (repeatable; on set it replaces the list)' '--from:The From address of the queue'\''s mail ('\''none'\'' to clear)' '--priority:Default priority of new tickets: 1-99 or low, medium, high, urgent (d…' '--tier:Default tier of new tickets (default: the first tier, triage)' '--calendar:Business-hours calendar for SLAs and timers (default '\''default'\'')' '--priority-growth:Unanswered tickets gain priority with time (default on; --no-priority…' '--priority-growth-new:Unanswered new tickets gain priority too, not only open ones (default…' '--auto-close-days:Resolved tickets close after N days: 0 at once, -1 never (default 4)' '--follow-up:A customer mail on a closed ticket: new (a linked follow-up ticket, d…' '--auto-response:Send the new-ticket auto-response (default on; --no-auto-response swi…' '--members-only:Only the queue'\''s members (tix queue member add) and roles with queue.…' '--fetch-url:Mailbox `mail fetch` polls: imap[s]:// or pop3[s]://user@host:port/FO…' '--new-template:Auto-response to a new ticket (placeholders {ticket.id}, {ticket.titl…' '--closed-template:Auto-response when a ticket is resolved or closed (default: none; '\'''\'' …' '--reminder-template:The pending reminder ('\'''\'' = built-in text)' '--phone-template:Follow-up mail after a ticket created with --channel phone ('\'''\'' = buil…' '--auto-response-limit:At most N auto-responses per sender per hour (default 3; 0 = none)' '--max-message-bytes:Larger mail is suspended (default 50 MiB)' '--max-attachment-bytes:Larger attachments are kept only in the raw message (default 25 MiB)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'queue list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'queue member') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'queue member add') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'queue member list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'queue member remove') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'queue remove') printf '%s\n' '--move-to:Move the queue'\''s tickets there' '--delete-tickets:Delete the queue'\''s tickets, messages and history for ever' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'queue set') printf '%s\n' '--address:Inbound address of the queue (repeatable; on set it replaces the list)' '--from:The From address of the queue'\''s mail ('\''none'\'' to clear)' '--priority:Default priority of new tickets: 1-99 or low, medium, high, urgent (d…' '--tier:Default tier of new tickets (default: the first tier, triage)' '--calendar:Business-hours calendar for SLAs and timers (default '\''default'\'')' '--priority-growth:Unanswered tickets gain priority with time (default on; --no-priority…' '--priority-growth-new:Unanswered new tickets gain priority too, not only open ones (default…' '--auto-close-days:Resolved tickets close after N days: 0 at once, -1 never (default 4)' '--follow-up:A customer mail on a closed ticket: new (a linked follow-up ticket, d…' '--auto-response:Send the new-ticket auto-response (default on; --no-auto-response swi…' '--members-only:Only the queue'\''s members (tix queue member add) and roles with queue.…' '--add-address:Add an inbound address (repeatable)' '--remove-address:Remove an inbound address (repeatable)' '--fetch-url:Mailbox `mail fetch` polls: imap[s]:// or pop3[s]://user@host:port/FO…' '--new-template:Auto-response to a new ticket (placeholders {ticket.id}, {ticket.titl…' '--closed-template:Auto-response when a ticket is resolved or closed (default: none; '\'''\'' …' '--reminder-template:The pending reminder ('\'''\'' = built-in text)' '--phone-template:Follow-up mail after a ticket created with --channel phone ('\'''\'' = buil…' '--auto-response-limit:At most N auto-responses per sender per hour (default 3; 0 = none)' '--max-message-bytes:Larger mail is suspended (default 50 MiB)' '--max-attachment-bytes:Larger attachments are kept only in the raw message (default 25 MiB)' '--cc:Default CC of every reply from this queue (repeatable or comma-separa…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'queue show') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'receive') printf '%s\n' '-b:The text; '\''-'\'' reads standard input' '--body:The text; '\''-'\'' reads standard input' '--body-file:Read the text from FILE ('\''-'\'' = standard input)' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'release') printf '%s\n' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'reopen') printf '%s\n' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'reply') printf '%s\n' '-b:The text; '\''-'\'' reads standard input' '--body:The text; '\''-'\'' reads standard input' '--body-file:Read the text from FILE ('\''-'\'' = standard input)' '--status:Then set pending, resolved or waiting' '--macro:Append this canned response' '--doc:Put knowledge-base doc N after the text: its title and URL, or its ti…' '--cc:Also send the answer to these addresses (repeatable or comma-separate…' '--attach:Files to keep with the message and send as attachments (repeatable; t…' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '--cc-agent:These agents watch the ticket from now on and are told (repeatable)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'report') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'report handoff') printf '%s\n' '--since:Default 7d' '--from-tier:Open tickets in this tier and above are listed (default t3)' '--process-family:The tag family of process tags (default process)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'report repeats') printf '%s\n' '--since:Only answers written in this period (default: all)' '--min:How many times (default 3)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'report tags') printf '%s\n' '--since:Default 7d' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'resolve') printf '%s\n' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'restore') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'role') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'role add') printf '%s\n' '--right:A right the role holds (repeatable; see '\''tix role rights'\'')' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'role list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'role rights') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'role set') printf '%s\n' '--grant:Add a right (repeatable)' '--revoke:Take a right away (repeatable)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'role show') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'route') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'route add') printf '%s\n' '--queue:Put the ticket in this queue (its default tier and priority apply)' '--team:Assign the ticket to this team' '--priority:Set the priority: 1-99 or low, medium, high, urgent' '--tag:Add this tag to the ticket' '--position:Where the rule goes (1 is tried first; default: last)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'route list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'route move') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'route remove') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'route test') printf '%s\n' '--channel:email, web, phone, chat, social, review, api or agent' '--to:The address the mail was sent to' '--requester:The requester'\''s email' '--account:The requester'\''s account name' '--title:The ticket'\''s title' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'search') printf '%s\n' '--format:One line per ticket from TEMPLATE: {field} is replaced by the ticket'\''…' '-s:Status (repeatable; default: all but closed)' '--status:Status (repeatable; default: all but closed)' '--queue:Queue' '--tier:Tier' '--assignee:Assigned to this agent' '--unassigned:Nobody assigned' '--team:Team' '--tag:Has this tag (repeatable: all of them)' '--priority-min:Priority at least N' '--requester:Requested by' '--unanswered:No public reply since the customer last wrote' '--sla:SLA colour: green, yellow, red, none' '--field:Custom field NAME has VALUE (repeatable: all of them); see '\''tix field…' '--channel:Came in by this channel: email, web, phone, chat, social, review, api…' '--created:Created in this period: 7d (the last seven days up to --now), 12h, 2w…' '--updated:Last changed in this period (as --created)' '--closed:Closed in this period (as --created); selects closed tickets without …' '--sort:Sort by id, priority, created, updated, status, title, queue, tier, a…' '-n:At most N tickets' '--limit:At most N tickets' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'shell') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'show') printf '%s\n' '--format:One line per ticket from TEMPLATE: {field} is replaced by the ticket'\''…' '--explain:Also explain the SLA computation (text; `sla explain ID --json` is it…' '--decrypt:Show customers'\'' PGP-encrypted blocks in clear (staff only; the key fi…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'side') printf '%s\n' '--to:The partner'\''s e-mail address' '--cc:Also to these addresses (repeatable or comma-separated, e.g' '--subject:The subject (default: the ticket'\''s title)' '-b:The text; '\''-'\'' reads standard input' '--body:The text; '\''-'\'' reads standard input' '--body-file:Read the text from FILE ('\''-'\'' = standard input)' '--attach:Files to keep with the message and send as attachments (repeatable; t…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'side list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'side reply') printf '%s\n' '--cc:Also to these addresses, from now on (repeatable or comma-separated)' '-b:The text; '\''-'\'' reads standard input' '--body:The text; '\''-'\'' reads standard input' '--body-file:Read the text from FILE ('\''-'\'' = standard input)' '--attach:Files to keep with the message and send as attachments (repeatable; t…' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'sla') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'sla explain') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'sla list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'sla remove') printf '%s\n' '--band:Priority band: low, medium, high, urgent' '--plan:Account plan (as the CRM sync names it)' '--account-status:paid, trial, community, potential or vip' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'sla set') printf '%s\n' '--band:Priority band: low, medium, high, urgent' '--plan:Account plan (as the CRM sync names it)' '--account-status:paid, trial, community, potential or vip' '--green:Green while elapsed business time is below this' '--yellow:Yellow while below this; red after' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'split') printf '%s\n' '-m:The message to move (ids in '\''tix show'\'')' '--message:The message to move (ids in '\''tix show'\'')' '-t:Title of the new ticket' '--title:Title of the new ticket' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'stats') printf '%s\n' '--created:Only tickets created in this period: 7d, 2w, a date, SINCE..UNTIL (SI…' '--updated:Only tickets last changed in this period' '--closed:Only tickets closed in this period' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'status') printf '%s\n' '--days:Hold or wait N days (24 h each)' '--until:Hold or wait until DATE' '--force:With closed: close from any open status (right ticket.close.force: ad…' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'suspended') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'suspended accept') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'suspended list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'suspended reject') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'suspended show') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'sweep') printf '%s\n' '--dry-run:Print what would happen and write nothing (with --now: a what-if)' '-v:Also say when nothing was due, and how many tickets were read' '--verbose:Also say when nothing was due, and how many tickets were read' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'tag') printf '%s\n' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'tagset') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'tagset add') printf '%s\n' '--single:A ticket carries at most one tag of the family (type: Bug or Consulti…' '--multiple:A ticket may carry several tags of the family (the default)' '--preset:A seed list shipped with tix: chat-vendor, tiered' '--file:A list of families and tags in a file ('\''-'\'': standard input)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'tagset list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'tagset remove') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'take') printf '%s\n' '--if-version:Refuse (exit 4) if the ticket is no longer at version N' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'team') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'team add') printf '%s\n' '--member:A member (repeatable)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'team list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'team remove') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'team set') printf '%s\n' '--add-member:Add a member (repeatable)' '--remove-member:Remove a member (repeatable)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'team show') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'tier') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'tier add') printf '%s\n' '--after:Place it right above this tier (default: on top)' '--calendar:Its own calendar (default: the queue'\''s)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'tier list') printf '%s\n' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'tier set') printf '%s\n' '--team:The tier'\''s team ("" for none)' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
    'unfollow') printf '%s\n' '--agent:This agent instead of you' '--team:This team instead of you' '-h:Show this help message and exit' '--help:Show this help message and exit' '-V:Print version information and exit' '--version:Print version information and exit' ;;
  esac
}

# options whose value is a file
__tix_file() {
  case "$1" in
    'attachment save --to'|'create --body-file'|'doc add --body-file'|'doc edit --body-file'|'export --output'|'export -o'|'macro add --body-file'|'note --body-file'|'receive --body-file'|'reply --body-file'|'side --body-file'|'side reply --body-file') return 0 ;;
  esac
  return 1
}

__tix_fixed() {
  case "$1" in
    status) printf '%s\n' new open pending waiting hold review resolved closed suspended ;;
    channel) printf '%s\n' email web phone chat social review api agent ;;
    priority) printf '%s\n' low medium high urgent ;;
    sla) printf '%s\n' green yellow red none ;;
    right) printf '%s\n' ticket.see ticket.create ticket.work ticket.work.others ticket.take ticket.assign.others ticket.assign.team ticket.escalate ticket.escalate.others ticket.close.force ticket.delete known.create known.manage bulk queue.all desk.configure ;;
    *) return 1 ;;
  esac
}

# the desk's values of kind $1 ("value<TAB>description" lines) for the database $2 (else TIX_DB, the
# config file's db, the default), read from the cache tix keeps in $XDG_CACHE_HOME/tix/complete; $3: the
# word typed so far (a ticket id's first digits look among every open ticket)
__tix_cached() {
  local kind=$1 db=$2 line cf dir
  if [[ -z $db ]]; then db=${TIX_DB:-}; fi
  if [[ -z $db ]]; then
    cf=${XDG_CONFIG_HOME:-$HOME/.config}/tix/config
    if [[ -r $cf ]]; then
      while IFS= read -r line; do
        line=${line#"${line%%[![:space:]]*}"}
        case $line in db[[:space:]=:]*) line=${line#db}; line=${line#"${line%%[![:space:]=:]*}"}; db=${line%"${line##*[![:space:]]}"} ;; esac
      done <"$cf"
    fi
  fi
  [[ -z $db ]] && db=${XDG_DATA_HOME:-$HOME/.local/share}/tix/tix.db
  [[ $db == "~/"* ]] && db=$HOME/${db#"~/"}
  [[ $db == /* ]] || db=$PWD/$db
  while [[ $db == */./* ]]; do db=${db//\/.\//\/}; done
  [[ -f $db ]] || return 0
  dir=${XDG_CACHE_HOME:-$HOME/.cache}/tix/complete/${db//\//%}
  if [[ ! -f $dir/stamp ]]; then
    # the first TAB on this desk: tix writes the cache once (every later write keeps it current)
    command tix --db "$db" _complete --refresh </dev/null >/dev/null 2>&1
  elif [[ $db -nt $dir/stamp || ( -s $db-wal && $db-wal -nt $dir/stamp ) ]]; then
    # another process wrote (mail, sweep, a script): renewed in the background for the next TAB
    (command tix --db "$db" _complete --refresh </dev/null >/dev/null 2>&1 &)
  fi
  if [[ $kind == ticket && -n $3 && $3 != *[!0-9]* ]]; then
    # a typed id: the offered tickets it starts, else the open tickets' ids it starts (every one is in ids)
    command grep -e "^$3" -- "$dir/ticket" 2>/dev/null || command grep -m 100 -e "^$3" -- "$dir/ids" 2>/dev/null
    return 0
  fi
  [[ -r $dir/$kind ]] && printf '%s\n' "$(<"$dir/$kind")"
}

# the values of kind $1 for the database $2 and the word typed so far $3: fixed words, else the cache
# (descriptions after a tab)
__tix_values() {
  if [[ $1 == tagop ]]; then __tix_cached tag "$2"; return; fi
  __tix_fixed "$1" || __tix_cached "$1" "$2" "$3"
}

# walks the words before the cursor: sets cpath (subcommand path), pos (positional index), pending (an option
# waiting for its value) and db (--db given); words from index $1 to $2 - 1 of the array named words
__tix_walk() {
  local i w c
  cpath="" pending="" db="" pos=0
  for ((i = $1; i < $2; i++)); do
    w=${words[i]}
    if [[ -n $pending ]]; then
      [[ $pending == --db ]] && db=$w
      pending=""
      continue
    fi
    case $w in
      --db=*) db=${w#--db=}; continue ;;
      -?*) if [[ $w != *=* ]] && { [[ -n $(__tix_kind "${cpath:+$cpath }$w") ]] || [[ -n $(__tix_kind "$w") ]]; }; then pending=$w; fi; continue ;;
    esac
    c=""
    ((pos == 0)) && c=$(__tix_cmd "${cpath:+$cpath }$w")
    if [[ -n $c ]]; then cpath=$c; else ((pos++)); fi
  done
  [[ $db == "~/"* ]] && db=$HOME/${db#"~/"}
  return 0
}

# the kind of value wanted at the cursor (cur), or ""; "-" for an option's value of no known kind
__tix_wanted() {
  local kind
  if [[ -n $pending ]]; then
    kind=$(__tix_kind "${cpath:+$cpath }$pending")
    [[ -z $kind ]] && kind=$(__tix_kind "$pending")
  else
    kind=$(__tix_kind "$cpath #$pos")
    [[ $kind != tagop && $cur == -* ]] && kind=""
  fi
  printf '%s' "$kind"
}

_tix() {
  emulate -L zsh -o extended_glob
  local cur=${words[CURRENT]} cpath pending db pos kind line
  local -a vals described
  __tix_walk 2 $CURRENT
  kind=$(__tix_wanted)
  if [[ -n $kind && $kind != - ]]; then
    for line in "${(@f)$(__tix_values $kind "$db" "$cur")}"; do
      [[ -z $line ]] && continue
      if [[ $kind == tagop ]]; then
        local sign=${cur:0:1}
        [[ $sign == [+-] ]] || sign=+
        line=$sign$line
      fi
      if [[ $line == *$'\t'* ]]; then
        described+=("${${line%%$'\t'*}//:/\\:}:${line#*$'\t'}")
      else
        described+=("${line//:/\\:}")
      fi
    done
    _describe -t values "$kind" described
  elif [[ -n $pending ]]; then
    __tix_file "${cpath:+$cpath }$pending" && _files
  elif [[ $cur == -* ]]; then
    described=("${(@f)$(__tix_opts "$cpath"; [[ -n $cpath ]] && __tix_opts '')}")
    _describe -t options option described
  elif ((pos == 0)) && [[ -n $(__tix_subs "$cpath") ]]; then
    described=("${(@f)$(__tix_subs "$cpath")}")
    _describe -t commands command described
  else
    _files
  fi
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _tix "$@"
else
  (( $+functions[compdef] )) || { autoload -Uz compinit && compinit -u; }
  compdef _tix tix
fi
