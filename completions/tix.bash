# tix completion for bash, generated from the command model (tix completion bash).
# Installed as PREFIX/share/bash-completion/completions/tix (loaded on demand by bash-completion), or
# `source` it from ~/.bashrc. TAB reads the desk's values from tix's completion cache: no JVM starts.

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

# the subcommands of a command path
__tix_subs() {
  case "$1" in
    '') printf '%s\n' 'init' 'demo' 'create' 'show' 'list' 'ls' 'search' 'assign' 'take' 'release' 'escalate' 'deescalate' 'split' 'merge' 'tag' 'reply' 'note' 'receive' 'follow' 'unfollow' 'notify' 'notifications' 'status' 'resolve' 'close' 'reopen' 'priority' 'due' 'edit' 'history' 'delete' 'agent' 'role' 'queue' 'team' 'tagset' 'field' 'route' 'tier' 'macro' 'account' 'completion' 'shell' 'stats' 'mail' 'suspended' 'export' 'import' 'bulk' 'known' 'doc' 'report' 'attachment' 'side' 'sweep' 'sla' 'calendar' 'config' 'backup' 'restore' 'check' 'db' ;;
    'account') printf '%s\n' 'import' 'list' 'ls' 'show' ;;
    'agent') printf '%s\n' 'add' 'list' 'set' 'show' ;;
    'attachment') printf '%s\n' 'list' 'ls' 'save' ;;
    'bulk') printf '%s\n' 'close' 'resolve' 'assign' 'tag' 'status' 'delete' ;;
    'calendar') printf '%s\n' 'list' 'show' 'add' 'set' ;;
    'config') printf '%s\n' 'get' 'set' 'unset' 'list' 'export' 'import' ;;
    'db') printf '%s\n' 'copy' ;;
    'doc') printf '%s\n' 'add' 'edit' 'list' 'ls' 'show' 'search' 'remove' 'rm' ;;
    'field') printf '%s\n' 'add' 'list' 'ls' 'remove' 'rm' ;;
    'known') printf '%s\n' 'create' 'link' 'list' 'ls' 'show' 'note' 'resolve' ;;
    'macro') printf '%s\n' 'add' 'list' 'ls' 'show' 'remove' 'rm' 'suggest' ;;
    'mail') printf '%s\n' 'ingest' 'fetch' 'send' 'outbox' 'mark-sent' 'retry' 'queue-settings' ;;
    'queue') printf '%s\n' 'add' 'list' 'ls' 'show' 'set' 'remove' 'rm' 'member' ;;
    'queue member') printf '%s\n' 'add' 'remove' 'rm' 'list' 'ls' ;;
    'report') printf '%s\n' 'repeats' 'tags' 'handoff' ;;
    'role') printf '%s\n' 'add' 'set' 'list' 'ls' 'show' 'rights' ;;
    'route') printf '%s\n' 'add' 'list' 'ls' 'remove' 'rm' 'move' 'test' ;;
    'side') printf '%s\n' 'list' 'ls' 'reply' ;;
    'sla') printf '%s\n' 'list' 'set' 'remove' 'explain' ;;
    'suspended') printf '%s\n' 'list' 'show' 'accept' 'reject' ;;
    'tagset') printf '%s\n' 'add' 'list' 'ls' 'remove' 'rm' ;;
    'team') printf '%s\n' 'add' 'list' 'ls' 'show' 'set' 'remove' 'rm' ;;
    'tier') printf '%s\n' 'list' 'ls' 'add' 'set' ;;
  esac
}

# the options of a command path (the root's apply everywhere)
__tix_opts() {
  case "$1" in
    '') printf '%s\n' '--as' '--json' '--csv' '--no-color' '--now' '-q' '--quiet' '--db' '-h' '--help' '-V' '--version' ;;
    'account') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'account import') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'account list') printf '%s\n' '--status' '-h' '--help' '-V' '--version' ;;
    'account show') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'agent') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'agent add') printf '%s\n' '--name' '--role' '--description' '--signature' '--team' '--email' '--notify' '-h' '--help' '-V' '--version' ;;
    'agent list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'agent set') printf '%s\n' '--name' '--role' '--description' '--signature' '--team' '--email' '--notify' '-h' '--help' '-V' '--version' ;;
    'agent show') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'assign') printf '%s\n' '--to' '--team' '--none' '--sticky' '--no-sticky' '--if-version' '-h' '--help' '-V' '--version' ;;
    'attachment') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'attachment list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'attachment save') printf '%s\n' '--to' '--force' '-h' '--help' '-V' '--version' ;;
    'backup') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'bulk') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'bulk assign') printf '%s\n' '-s' '--status' '--queue' '--tier' '--assignee' '--unassigned' '--team' '--tag' '--priority-min' '--requester' '--unanswered' '--sla' '--field' '--channel' '--created' '--updated' '--closed' '--sort' '-n' '--limit' '--ids' '--dry-run' '--skip-invalid' '--to' '--in-team' '--none' '--sticky' '--no-sticky' '-h' '--help' '-V' '--version' ;;
    'bulk close') printf '%s\n' '-s' '--status' '--queue' '--tier' '--assignee' '--unassigned' '--team' '--tag' '--priority-min' '--requester' '--unanswered' '--sla' '--field' '--channel' '--created' '--updated' '--closed' '--sort' '-n' '--limit' '--ids' '--dry-run' '--skip-invalid' '--force' '-h' '--help' '-V' '--version' ;;
    'bulk delete') printf '%s\n' '-s' '--status' '--queue' '--tier' '--assignee' '--unassigned' '--team' '--tag' '--priority-min' '--requester' '--unanswered' '--sla' '--field' '--channel' '--created' '--updated' '--closed' '--sort' '-n' '--limit' '--ids' '--dry-run' '--skip-invalid' '--permanent' '-h' '--help' '-V' '--version' ;;
    'bulk resolve') printf '%s\n' '-s' '--status' '--queue' '--tier' '--assignee' '--unassigned' '--team' '--tag' '--priority-min' '--requester' '--unanswered' '--sla' '--field' '--channel' '--created' '--updated' '--closed' '--sort' '-n' '--limit' '--ids' '--dry-run' '--skip-invalid' '-h' '--help' '-V' '--version' ;;
    'bulk status') printf '%s\n' '-s' '--status' '--queue' '--tier' '--assignee' '--unassigned' '--team' '--tag' '--priority-min' '--requester' '--unanswered' '--sla' '--field' '--channel' '--created' '--updated' '--closed' '--sort' '-n' '--limit' '--ids' '--dry-run' '--skip-invalid' '--days' '--until' '--force' '-h' '--help' '-V' '--version' ;;
    'bulk tag') printf '%s\n' '-s' '--status' '--queue' '--tier' '--assignee' '--unassigned' '--team' '--tag' '--priority-min' '--requester' '--unanswered' '--sla' '--field' '--channel' '--created' '--updated' '--closed' '--sort' '-n' '--limit' '--ids' '--dry-run' '--skip-invalid' '-h' '--help' '-V' '--version' ;;
    'calendar') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'calendar add') printf '%s\n' '--zone' '--hours' '--holidays' '-h' '--help' '-V' '--version' ;;
    'calendar list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'calendar set') printf '%s\n' '--zone' '--hours' '--holidays' '--add-holiday' '--remove-holiday' '-h' '--help' '-V' '--version' ;;
    'calendar show') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'check') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'close') printf '%s\n' '--force' '--if-version' '-h' '--help' '-V' '--version' ;;
    'completion') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'config') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'config export') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'config get') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'config import') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'config list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'config set') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'config unset') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'create') printf '%s\n' '-t' '--title' '-r' '--requester' '--from-json' '--name' '-b' '--body' '--body-file' '--internal' '-p' '--priority' '-c' '--channel' '--queue' '--tier' '--tag' '--due' '--account' '--no-sticky' '--cc-agent' '--attach' '-h' '--help' '-V' '--version' ;;
    'db') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'db copy') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'deescalate') printf '%s\n' '--to' '--answer' '--if-version' '-h' '--help' '-V' '--version' ;;
    'delete') printf '%s\n' '--permanent' '--if-version' '-h' '--help' '-V' '--version' ;;
    'demo') printf '%s\n' '--tickets' '--seed' '-h' '--help' '-V' '--version' ;;
    'doc') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'doc add') printf '%s\n' '--title' '-b' '--body' '--body-file' '--url' '--tag' '-h' '--help' '-V' '--version' ;;
    'doc edit') printf '%s\n' '--title' '-b' '--body' '--body-file' '--url' '--no-url' '--add-tag' '--remove-tag' '-h' '--help' '-V' '--version' ;;
    'doc list') printf '%s\n' '--tag' '-h' '--help' '-V' '--version' ;;
    'doc remove') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'doc search') printf '%s\n' '--limit' '-h' '--help' '-V' '--version' ;;
    'doc show') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'due') printf '%s\n' '--if-version' '-h' '--help' '-V' '--version' ;;
    'edit') printf '%s\n' '-t' '--title' '-r' '--requester' '--name' '--account' '--queue' '-c' '--channel' '--set' '--unset' '--if-version' '-h' '--help' '-V' '--version' ;;
    'escalate') printf '%s\n' '--to' '--oncall' '-Q' '--question' '--keep-assignee' '--comment' '--if-version' '-h' '--help' '-V' '--version' ;;
    'export') printf '%s\n' '-s' '--status' '--queue' '--tier' '--assignee' '--unassigned' '--team' '--tag' '--priority-min' '--requester' '--unanswered' '--sla' '--field' '--channel' '--created' '--updated' '--closed' '--sort' '-n' '--limit' '--format' '-o' '--output' '--customer' '-h' '--help' '-V' '--version' ;;
    'field') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'field add') printf '%s\n' '--type' '--choices' '-h' '--help' '-V' '--version' ;;
    'field list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'field remove') printf '%s\n' '--force' '-h' '--help' '-V' '--version' ;;
    'follow') printf '%s\n' '--agent' '--team' '-h' '--help' '-V' '--version' ;;
    'history') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'import') printf '%s\n' '--create' '-h' '--help' '-V' '--version' ;;
    'init') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'known') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'known create') printf '%s\n' '--title' '--number' '--slug' '-h' '--help' '-V' '--version' ;;
    'known link') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'known list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'known note') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'known resolve') printf '%s\n' '--note' '-h' '--help' '-V' '--version' ;;
    'known show') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'list') printf '%s\n' '--format' '-s' '--status' '--queue' '--tier' '--assignee' '--unassigned' '--team' '--tag' '--priority-min' '--requester' '--unanswered' '--sla' '--field' '--channel' '--created' '--updated' '--closed' '--sort' '-n' '--limit' '-h' '--help' '-V' '--version' ;;
    'macro') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'macro add') printf '%s\n' '-b' '--body' '--body-file' '--replace' '-h' '--help' '-V' '--version' ;;
    'macro list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'macro remove') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'macro show') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'macro suggest') printf '%s\n' '--min' '-h' '--help' '-V' '--version' ;;
    'mail') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'mail fetch') printf '%s\n' '--keep' '--queue' '--url' '--limit' '-h' '--help' '-V' '--version' ;;
    'mail ingest') printf '%s\n' '--queue' '--summary' '-h' '--help' '-V' '--version' ;;
    'mail mark-sent') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'mail outbox') printf '%s\n' '--status' '--retry' '-h' '--help' '-V' '--version' ;;
    'mail queue-settings') printf '%s\n' '--fetch-url' '--new-template' '--closed-template' '--reminder-template' '--phone-template' '--auto-response-limit' '--max-message-bytes' '--max-attachment-bytes' '-h' '--help' '-V' '--version' ;;
    'mail retry') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'mail send') printf '%s\n' '--url' '--limit' '-h' '--help' '-V' '--version' ;;
    'merge') printf '%s\n' '--into' '--if-version' '-h' '--help' '-V' '--version' ;;
    'note') printf '%s\n' '-b' '--body' '--body-file' '--attach' '--if-version' '--cc-agent' '-h' '--help' '-V' '--version' ;;
    'notifications') printf '%s\n' '--ticket' '--failed' '--retry' '-h' '--help' '-V' '--version' ;;
    'notify') printf '%s\n' '--team' '--note' '--if-version' '-h' '--help' '-V' '--version' ;;
    'priority') printf '%s\n' '--if-version' '-h' '--help' '-V' '--version' ;;
    'queue') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'queue add') printf '%s\n' '--address' '--from' '--priority' '--tier' '--calendar' '--priority-growth' '--priority-growth-new' '--auto-close-days' '--follow-up' '--auto-response' '--members-only' '--fetch-url' '--new-template' '--closed-template' '--reminder-template' '--phone-template' '--auto-response-limit' '--max-message-bytes' '--max-attachment-bytes' '-h' '--help' '-V' '--version' ;;
    'queue list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'queue member') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'queue member add') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'queue member list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'queue member remove') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'queue remove') printf '%s\n' '--move-to' '--delete-tickets' '-h' '--help' '-V' '--version' ;;
    'queue set') printf '%s\n' '--address' '--from' '--priority' '--tier' '--calendar' '--priority-growth' '--priority-growth-new' '--auto-close-days' '--follow-up' '--auto-response' '--members-only' '--add-address' '--remove-address' '--fetch-url' '--new-template' '--closed-template' '--reminder-template' '--phone-template' '--auto-response-limit' '--max-message-bytes' '--max-attachment-bytes' '--cc' '-h' '--help' '-V' '--version' ;;
    'queue show') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'receive') printf '%s\n' '-b' '--body' '--body-file' '--if-version' '-h' '--help' '-V' '--version' ;;
    'release') printf '%s\n' '--if-version' '-h' '--help' '-V' '--version' ;;
    'reopen') printf '%s\n' '--if-version' '-h' '--help' '-V' '--version' ;;
    'reply') printf '%s\n' '-b' '--body' '--body-file' '--status' '--macro' '--doc' '--cc' '--attach' '--if-version' '--cc-agent' '-h' '--help' '-V' '--version' ;;
    'report') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'report handoff') printf '%s\n' '--since' '--from-tier' '--process-family' '-h' '--help' '-V' '--version' ;;
    'report repeats') printf '%s\n' '--since' '--min' '-h' '--help' '-V' '--version' ;;
    'report tags') printf '%s\n' '--since' '-h' '--help' '-V' '--version' ;;
    'resolve') printf '%s\n' '--if-version' '-h' '--help' '-V' '--version' ;;
    'restore') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'role') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'role add') printf '%s\n' '--right' '-h' '--help' '-V' '--version' ;;
    'role list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'role rights') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'role set') printf '%s\n' '--grant' '--revoke' '-h' '--help' '-V' '--version' ;;
    'role show') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'route') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'route add') printf '%s\n' '--queue' '--team' '--priority' '--tag' '--position' '-h' '--help' '-V' '--version' ;;
    'route list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'route move') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'route remove') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'route test') printf '%s\n' '--channel' '--to' '--requester' '--account' '--title' '-h' '--help' '-V' '--version' ;;
    'search') printf '%s\n' '--format' '-s' '--status' '--queue' '--tier' '--assignee' '--unassigned' '--team' '--tag' '--priority-min' '--requester' '--unanswered' '--sla' '--field' '--channel' '--created' '--updated' '--closed' '--sort' '-n' '--limit' '-h' '--help' '-V' '--version' ;;
    'shell') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'show') printf '%s\n' '--format' '--explain' '--decrypt' '-h' '--help' '-V' '--version' ;;
    'side') printf '%s\n' '--to' '--cc' '--subject' '-b' '--body' '--body-file' '--attach' '-h' '--help' '-V' '--version' ;;
    'side list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'side reply') printf '%s\n' '--cc' '-b' '--body' '--body-file' '--attach' '-h' '--help' '-V' '--version' ;;
    'sla') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'sla explain') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'sla list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'sla remove') printf '%s\n' '--band' '--plan' '--account-status' '-h' '--help' '-V' '--version' ;;
    'sla set') printf '%s\n' '--band' '--plan' '--account-status' '--green' '--yellow' '-h' '--help' '-V' '--version' ;;
    'split') printf '%s\n' '-m' '--message' '-t' '--title' '--if-version' '-h' '--help' '-V' '--version' ;;
    'stats') printf '%s\n' '--created' '--updated' '--closed' '-h' '--help' '-V' '--version' ;;
    'status') printf '%s\n' '--days' '--until' '--force' '--if-version' '-h' '--help' '-V' '--version' ;;
    'suspended') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'suspended accept') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'suspended list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'suspended reject') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'suspended show') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'sweep') printf '%s\n' '--dry-run' '-v' '--verbose' '-h' '--help' '-V' '--version' ;;
    'tag') printf '%s\n' '--if-version' '-h' '--help' '-V' '--version' ;;
    'tagset') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'tagset add') printf '%s\n' '--single' '--multiple' '--preset' '--file' '-h' '--help' '-V' '--version' ;;
    'tagset list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'tagset remove') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'take') printf '%s\n' '--if-version' '-h' '--help' '-V' '--version' ;;
    'team') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'team add') printf '%s\n' '--member' '-h' '--help' '-V' '--version' ;;
    'team list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'team remove') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'team set') printf '%s\n' '--add-member' '--remove-member' '-h' '--help' '-V' '--version' ;;
    'team show') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'tier') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'tier add') printf '%s\n' '--after' '--calendar' '-h' '--help' '-V' '--version' ;;
    'tier list') printf '%s\n' '-h' '--help' '-V' '--version' ;;
    'tier set') printf '%s\n' '--team' '-h' '--help' '-V' '--version' ;;
    'unfollow') printf '%s\n' '--agent' '--team' '-h' '--help' '-V' '--version' ;;
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

_tix_complete() {
  local cur=${COMP_WORDS[COMP_CWORD]} cpath pending db pos kind vals sign q
  local -a words=("${COMP_WORDS[@]}")
  __tix_walk 1 "$COMP_CWORD"
  kind=$(__tix_wanted)
  local IFS=$'\n'
  if [[ -n $kind && $kind != - ]]; then
    vals=$(__tix_values "$kind" "$db" "$cur")
    local -a lines
    mapfile -t lines <<<"$vals"
    lines=("${lines[@]%%$'\t'*}")
    sign=
    if [[ $kind == tagop ]]; then
      sign=${cur:0:1}
      [[ $sign == [+-] ]] || sign=+
    fi
    type compopt &>/dev/null && compopt +o default
    # one value a line: a tag may hold spaces (Insufficient Documentation), typed with quotes or backslashes
    local typed=${cur//\\/} v
    typed=${typed#[\"\']}
    COMPREPLY=()
    for v in "${lines[@]}"; do
      [[ -z $v ]] && continue
      v=$sign$v
      # printf -v: no subshell per value (a fork each made 200 ids cost 190 ms)
      [[ $v == "$typed"* ]] && printf -v q '%q' "$v" && COMPREPLY+=("$q")
    done
  elif [[ -n $pending ]]; then
    __tix_file "${cpath:+$cpath }$pending" || { type compopt &>/dev/null && compopt +o default; }
    COMPREPLY=()
  elif [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(__tix_opts "$cpath"; [[ -n $cpath ]] && __tix_opts '')" -- "$cur"))
  elif ((pos == 0)) && [[ -n $(__tix_subs "$cpath") ]]; then
    type compopt &>/dev/null && compopt +o default
    COMPREPLY=($(compgen -W "$(__tix_subs "$cpath")" -- "$cur"))
  else
    COMPREPLY=()
  fi
  return 0
}

complete -F _tix_complete -o default tix
