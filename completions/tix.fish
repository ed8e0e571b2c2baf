# tix completion for fish, generated from the command model (tix completion fish).
# Values of the desk (ticket ids, agents, queues, tiers, teams, tags, macros) come from tix's completion
# cache in $XDG_CACHE_HOME/tix/complete: no JVM starts on TAB.

# the desk's values of kind $argv[1] for the database $argv[2] (else TIX_DB, the config file's db, the default)
function __tix_cached
    set -l kind $argv[1]
    set -l db $argv[2]
    test -z "$db"; and set -q TIX_DB; and set db $TIX_DB
    set -l xdg_config $HOME/.config
    set -q XDG_CONFIG_HOME; and set xdg_config $XDG_CONFIG_HOME
    if test -z "$db"; and test -r $xdg_config/tix/config
        set -l from (string replace -rf '^\s*db\s*[=:]\s*(.*\S)\s*$' '$1' < $xdg_config/tix/config)
        test -n "$from"; and set db $from[-1]
    end
    set -l xdg_data $HOME/.local/share
    set -q XDG_DATA_HOME; and set xdg_data $XDG_DATA_HOME
    test -z "$db"; and set db $xdg_data/tix/tix.db
    string match -q '~/*' -- $db; and set db $HOME/(string sub -s 3 -- $db)
    string match -q '/*' -- $db; or set db $PWD/$db
    while string match -q '*/./*' -- $db
        set db (string replace -a /./ / -- $db)
    end
    test -f $db; or return 0
    set -l xdg_cache $HOME/.cache
    set -q XDG_CACHE_HOME; and set xdg_cache $XDG_CACHE_HOME
    set -l dir $xdg_cache/tix/complete/(string replace -a / % -- $db)
    if not test -f $dir/stamp
        command tix --db $db _complete --refresh </dev/null >/dev/null 2>&1
    else if test $db -nt $dir/stamp; or begin; test -s $db-wal; and test $db-wal -nt $dir/stamp; end
        command tix --db $db _complete --refresh </dev/null >/dev/null 2>&1 &
        disown 2>/dev/null
    end
    if test "$kind" = ticket; and string match -qr '^[0-9]+$' -- "$argv[3]"
        # a typed id: the offered tickets it starts, else the open tickets' ids it starts
        command grep -e "^$argv[3]" -- $dir/ticket 2>/dev/null; or command grep -m 100 -e "^$argv[3]" -- $dir/ids 2>/dev/null
        return 0
    end
    test -r $dir/$kind; and string collect < $dir/$kind | string split -n \n
end

function __tix_cmd
    switch $argv[1]
        case 'account'
            echo 'account'
        case 'account import'
            echo 'account import'
        case 'account list'
            echo 'account list'
        case 'account ls'
            echo 'account list'
        case 'account show'
            echo 'account show'
        case 'agent'
            echo 'agent'
        case 'agent add'
            echo 'agent add'
        case 'agent list'
            echo 'agent list'
        case 'agent set'
            echo 'agent set'
        case 'agent show'
            echo 'agent show'
        case 'assign'
            echo 'assign'
        case 'attachment'
            echo 'attachment'
        case 'attachment list'
            echo 'attachment list'
        case 'attachment ls'
            echo 'attachment list'
        case 'attachment save'
            echo 'attachment save'
        case 'backup'
            echo 'backup'
        case 'bulk'
            echo 'bulk'
        case 'bulk assign'
            echo 'bulk assign'
        case 'bulk close'
            echo 'bulk close'
        case 'bulk delete'
            echo 'bulk delete'
        case 'bulk resolve'
            echo 'bulk resolve'
        case 'bulk status'
            echo 'bulk status'
        case 'bulk tag'
            echo 'bulk tag'
        case 'calendar'
            echo 'calendar'
        case 'calendar add'
            echo 'calendar add'
        case 'calendar list'
            echo 'calendar list'
        case 'calendar set'
            echo 'calendar set'
        case 'calendar show'
            echo 'calendar show'
        case 'check'
            echo 'check'
        case 'close'
            echo 'close'
        case 'completion'
            echo 'completion'
        case 'config'
            echo 'config'
        case 'config export'
            echo 'config export'
        case 'config get'
            echo 'config get'
        case 'config import'
            echo 'config import'
        case 'config list'
            echo 'config list'
        case 'config set'
            echo 'config set'
        case 'config unset'
            echo 'config unset'
        case 'create'
            echo 'create'
        case 'db'
            echo 'db'
        case 'db copy'
            echo 'db copy'
        case 'deescalate'
            echo 'deescalate'
        case 'delete'
            echo 'delete'
        case 'demo'
            echo 'demo'
        case 'doc'
            echo 'doc'
        case 'doc add'
            echo 'doc add'
        case 'doc edit'
            echo 'doc edit'
        case 'doc list'
            echo 'doc list'
        case 'doc ls'
            echo 'doc list'
        case 'doc remove'
            echo 'doc remove'
        case 'doc rm'
            echo 'doc remove'
        case 'doc search'
            echo 'doc search'
        case 'doc show'
            echo 'doc show'
        case 'due'
            echo 'due'
        case 'edit'
            echo 'edit'
        case 'escalate'
            echo 'escalate'
        case 'export'
            echo 'export'
        case 'field'
            echo 'field'
        case 'field add'
            echo 'field add'
        case 'field list'
            echo 'field list'
        case 'field ls'
            echo 'field list'
        case 'field remove'
            echo 'field remove'
        case 'field rm'
            echo 'field remove'
        case 'follow'
            echo 'follow'
        case 'history'
            echo 'history'
        case 'import'
            echo 'import'
        case 'init'
            echo 'init'
        case 'known'
            echo 'known'
        case 'known create'
            echo 'known create'
        case 'known link'
            echo 'known link'
        case 'known list'
            echo 'known list'
        case 'known ls'
            echo 'known list'
        case 'known note'
            echo 'known note'
        case 'known resolve'
            echo 'known resolve'
        case 'known show'
            echo 'known show'
        case 'list'
            echo 'list'
        case 'ls'
            echo 'list'
        case 'macro'
            echo 'macro'
        case 'macro add'
            echo 'macro add'
        case 'macro list'
            echo 'macro list'
        case 'macro ls'
            echo 'macro list'
        case 'macro remove'
            echo 'macro remove'
        case 'macro rm'
            echo 'macro remove'
        case 'macro show'
            echo 'macro show'
        case 'macro suggest'
            echo 'macro suggest'
        case 'mail'
            echo 'mail'
        case 'mail fetch'
            echo 'mail fetch'
        case 'mail ingest'
            echo 'mail ingest'
        case 'mail mark-sent'
            echo 'mail mark-sent'
        case 'mail outbox'
            echo 'mail outbox'
        case 'mail queue-settings'
            echo 'mail queue-settings'
        case 'mail retry'
            echo 'mail retry'
        case 'mail send'
            echo 'mail send'
        case 'merge'
            echo 'merge'
        case 'note'
            echo 'note'
        case 'notifications'
            echo 'notifications'
        case 'notify'
            echo 'notify'
        case 'priority'
            echo 'priority'
        case 'queue'
            echo 'queue'
        case 'queue add'
            echo 'queue add'
        case 'queue list'
            echo 'queue list'
        case 'queue ls'
            echo 'queue list'
        case 'queue member'
            echo 'queue member'
        case 'queue member add'
            echo 'queue member add'
        case 'queue member list'
            echo 'queue member list'
        case 'queue member ls'
            echo 'queue member list'
        case 'queue member remove'
            echo 'queue member remove'
        case 'queue member rm'
            echo 'queue member remove'
        case 'queue remove'
            echo 'queue remove'
        case 'queue rm'
            echo 'queue remove'
        case 'queue set'
            echo 'queue set'
        case 'queue show'
            echo 'queue show'
        case 'receive'
            echo 'receive'
        case 'release'
            echo 'release'
        case 'reopen'
            echo 'reopen'
        case 'reply'
            echo 'reply'
        case 'report'
            echo 'report'
        case 'report handoff'
            echo 'report handoff'
        case 'report repeats'
            echo 'report repeats'
        case 'report tags'
            echo 'report tags'
        case 'resolve'
            echo 'resolve'
        case 'restore'
            echo 'restore'
        case 'role'
            echo 'role'
        case 'role add'
            echo 'role add'
        case 'role list'
            echo 'role list'
        case 'role ls'
            echo 'role list'
        case 'role rights'
            echo 'role rights'
        case 'role set'
            echo 'role set'
        case 'role show'
            echo 'role show'
        case 'route'
            echo 'route'
        case 'route add'
            echo 'route add'
        case 'route list'
            echo 'route list'
        case 'route ls'
            echo 'route list'
        case 'route move'
            echo 'route move'
        case 'route remove'
            echo 'route remove'
        case 'route rm'
            echo 'route remove'
        case 'route test'
            echo 'route test'
        case 'search'
            echo 'search'
        case 'shell'
            echo 'shell'
        case 'show'
            echo 'show'
        case 'side'
            echo 'side'
        case 'side list'
            echo 'side list'
        case 'side ls'
            echo 'side list'
        case 'side reply'
            echo 'side reply'
        case 'sla'
            echo 'sla'
        case 'sla explain'
            echo 'sla explain'
        case 'sla list'
            echo 'sla list'
        case 'sla remove'
            echo 'sla remove'
        case 'sla set'
            echo 'sla set'
        case 'split'
            echo 'split'
        case 'stats'
            echo 'stats'
        case 'status'
            echo 'status'
        case 'suspended'
            echo 'suspended'
        case 'suspended accept'
            echo 'suspended accept'
        case 'suspended list'
            echo 'suspended list'
        case 'suspended reject'
            echo 'suspended reject'
        case 'suspended show'
            echo 'suspended show'
        case 'sweep'
            echo 'sweep'
        case 'tag'
            echo 'tag'
        case 'tagset'
            echo 'tagset'
        case 'tagset add'
            echo 'tagset add'
        case 'tagset list'
            echo 'tagset list'
        case 'tagset ls'
            echo 'tagset list'
        case 'tagset remove'
            echo 'tagset remove'
        case 'tagset rm'
            echo 'tagset remove'
        case 'take'
            echo 'take'
        case 'team'
            echo 'team'
        case 'team add'
            echo 'team add'
        case 'team list'
            echo 'team list'
        case 'team ls'
            echo 'team list'
        case 'team remove'
            echo 'team remove'
        case 'team rm'
            echo 'team remove'
        case 'team set'
            echo 'team set'
        case 'team show'
            echo 'team show'
        case 'tier'
            echo 'tier'
        case 'tier add'
            echo 'tier add'
        case 'tier list'
            echo 'tier list'
        case 'tier ls'
            echo 'tier list'
        case 'tier set'
            echo 'tier set'
        case 'unfollow'
            echo 'unfollow'
    end
end

function __tix_kind
    switch $argv[1]
        case '--as'
            echo agent
        case '--db'
            echo -
        case '--now'
            echo -
        case 'account list --status'
            echo -
        case 'agent add --description'
            echo -
        case 'agent add --email'
            echo -
        case 'agent add --name'
            echo -
        case 'agent add --notify'
            echo -
        case 'agent add --role'
            echo role
        case 'agent add --signature'
            echo -
        case 'agent add --team'
            echo team
        case 'agent set --description'
            echo -
        case 'agent set --email'
            echo -
        case 'agent set --name'
            echo -
        case 'agent set --notify'
            echo -
        case 'agent set --role'
            echo role
        case 'agent set --signature'
            echo -
        case 'agent set --team'
            echo team
        case 'assign --if-version'
            echo -
        case 'assign --team'
            echo team
        case 'assign --to'
            echo agent
        case 'attachment save --to'
            echo -
        case 'bulk assign --assignee'
            echo agent
        case 'bulk assign --channel'
            echo channel
        case 'bulk assign --closed'
            echo -
        case 'bulk assign --created'
            echo -
        case 'bulk assign --field'
            echo fieldset
        case 'bulk assign --ids'
            echo -
        case 'bulk assign --in-team'
            echo -
        case 'bulk assign --limit'
            echo -
        case 'bulk assign --priority-min'
            echo -
        case 'bulk assign --queue'
            echo queue
        case 'bulk assign --requester'
            echo -
        case 'bulk assign --sla'
            echo sla
        case 'bulk assign --sort'
            echo -
        case 'bulk assign --status'
            echo status
        case 'bulk assign --tag'
            echo tag
        case 'bulk assign --team'
            echo team
        case 'bulk assign --tier'
            echo tier
        case 'bulk assign --to'
            echo agent
        case 'bulk assign --updated'
            echo -
        case 'bulk assign -n'
            echo -
        case 'bulk assign -s'
            echo status
        case 'bulk close --assignee'
            echo agent
        case 'bulk close --channel'
            echo channel
        case 'bulk close --closed'
            echo -
        case 'bulk close --created'
            echo -
        case 'bulk close --field'
            echo fieldset
        case 'bulk close --ids'
            echo -
        case 'bulk close --limit'
            echo -
        case 'bulk close --priority-min'
            echo -
        case 'bulk close --queue'
            echo queue
        case 'bulk close --requester'
            echo -
        case 'bulk close --sla'
            echo sla
        case 'bulk close --sort'
            echo -
        case 'bulk close --status'
            echo status
        case 'bulk close --tag'
            echo tag
        case 'bulk close --team'
            echo team
        case 'bulk close --tier'
            echo tier
        case 'bulk close --updated'
            echo -
        case 'bulk close -n'
            echo -
        case 'bulk close -s'
            echo status
        case 'bulk delete --assignee'
            echo agent
        case 'bulk delete --channel'
            echo channel
        case 'bulk delete --closed'
            echo -
        case 'bulk delete --created'
            echo -
        case 'bulk delete --field'
            echo fieldset
        case 'bulk delete --ids'
            echo -
        case 'bulk delete --limit'
            echo -
        case 'bulk delete --priority-min'
            echo -
        case 'bulk delete --queue'
            echo queue
        case 'bulk delete --requester'
            echo -
        case 'bulk delete --sla'
            echo sla
        case 'bulk delete --sort'
            echo -
        case 'bulk delete --status'
            echo status
        case 'bulk delete --tag'
            echo tag
        case 'bulk delete --team'
            echo team
        case 'bulk delete --tier'
            echo tier
        case 'bulk delete --updated'
            echo -
        case 'bulk delete -n'
            echo -
        case 'bulk delete -s'
            echo status
        case 'bulk resolve --assignee'
            echo agent
        case 'bulk resolve --channel'
            echo channel
        case 'bulk resolve --closed'
            echo -
        case 'bulk resolve --created'
            echo -
        case 'bulk resolve --field'
            echo fieldset
        case 'bulk resolve --ids'
            echo -
        case 'bulk resolve --limit'
            echo -
        case 'bulk resolve --priority-min'
            echo -
        case 'bulk resolve --queue'
            echo queue
        case 'bulk resolve --requester'
            echo -
        case 'bulk resolve --sla'
            echo sla
        case 'bulk resolve --sort'
            echo -
        case 'bulk resolve --status'
            echo status
        case 'bulk resolve --tag'
            echo tag
        case 'bulk resolve --team'
            echo team
        case 'bulk resolve --tier'
            echo tier
        case 'bulk resolve --updated'
            echo -
        case 'bulk resolve -n'
            echo -
        case 'bulk resolve -s'
            echo status
        case 'bulk status --assignee'
            echo agent
        case 'bulk status --channel'
            echo channel
        case 'bulk status --closed'
            echo -
        case 'bulk status --created'
            echo -
        case 'bulk status --days'
            echo -
        case 'bulk status --field'
            echo fieldset
        case 'bulk status --ids'
            echo -
        case 'bulk status --limit'
            echo -
        case 'bulk status --priority-min'
            echo -
        case 'bulk status --queue'
            echo queue
        case 'bulk status --requester'
            echo -
        case 'bulk status --sla'
            echo sla
        case 'bulk status --sort'
            echo -
        case 'bulk status --status'
            echo status
        case 'bulk status --tag'
            echo tag
        case 'bulk status --team'
            echo team
        case 'bulk status --tier'
            echo tier
        case 'bulk status --until'
            echo -
        case 'bulk status --updated'
            echo -
        case 'bulk status -n'
            echo -
        case 'bulk status -s'
            echo status
        case 'bulk tag --assignee'
            echo agent
        case 'bulk tag --channel'
            echo channel
        case 'bulk tag --closed'
            echo -
        case 'bulk tag --created'
            echo -
        case 'bulk tag --field'
            echo fieldset
        case 'bulk tag --ids'
            echo -
        case 'bulk tag --limit'
            echo -
        case 'bulk tag --priority-min'
            echo -
        case 'bulk tag --queue'
            echo queue
        case 'bulk tag --requester'
            echo -
        case 'bulk tag --sla'
            echo sla
        case 'bulk tag --sort'
            echo -
        case 'bulk tag --status'
            echo status
        case 'bulk tag --tag'
            echo tag
        case 'bulk tag --team'
            echo team
        case 'bulk tag --tier'
            echo tier
        case 'bulk tag --updated'
            echo -
        case 'bulk tag -n'
            echo -
        case 'bulk tag -s'
            echo status
        case 'calendar add --holidays'
            echo -
        case 'calendar add --hours'
            echo -
        case 'calendar add --zone'
            echo -
        case 'calendar set --add-holiday'
            echo -
        case 'calendar set --holidays'
            echo -
        case 'calendar set --hours'
            echo -
        case 'calendar set --remove-holiday'
            echo -
        case 'calendar set --zone'
            echo -
        case 'close --if-version'
            echo -
        case 'create --account'
            echo -
        case 'create --attach'
            echo -
        case 'create --body'
            echo -
        case 'create --body-file'
            echo -
        case 'create --cc-agent'
            echo agent
        case 'create --channel'
            echo channel
        case 'create --due'
            echo -
        case 'create --from-json'
            echo -
        case 'create --name'
            echo -
        case 'create --priority'
            echo priority
        case 'create --queue'
            echo queue
        case 'create --requester'
            echo -
        case 'create --tag'
            echo tag
        case 'create --tier'
            echo tier
        case 'create --title'
            echo -
        case 'create -b'
            echo -
        case 'create -c'
            echo channel
        case 'create -p'
            echo priority
        case 'create -r'
            echo -
        case 'create -t'
            echo -
        case 'deescalate --answer'
            echo -
        case 'deescalate --if-version'
            echo -
        case 'deescalate --to'
            echo tier
        case 'delete --if-version'
            echo -
        case 'demo --seed'
            echo -
        case 'demo --tickets'
            echo -
        case 'doc add --body'
            echo -
        case 'doc add --body-file'
            echo -
        case 'doc add --tag'
            echo tag
        case 'doc add --title'
            echo -
        case 'doc add --url'
            echo -
        case 'doc add -b'
            echo -
        case 'doc edit --add-tag'
            echo tag
        case 'doc edit --body'
            echo -
        case 'doc edit --body-file'
            echo -
        case 'doc edit --remove-tag'
            echo tag
        case 'doc edit --title'
            echo -
        case 'doc edit --url'
            echo -
        case 'doc edit -b'
            echo -
        case 'doc list --tag'
            echo tag
        case 'doc search --limit'
            echo -
        case 'due --if-version'
            echo -
        case 'edit --account'
            echo -
        case 'edit --channel'
            echo channel
        case 'edit --if-version'
            echo -
        case 'edit --name'
            echo -
        case 'edit --queue'
            echo queue
        case 'edit --requester'
            echo -
        case 'edit --set'
            echo fieldset
        case 'edit --title'
            echo -
        case 'edit --unset'
            echo field
        case 'edit -c'
            echo channel
        case 'edit -r'
            echo -
        case 'edit -t'
            echo -
        case 'escalate --comment'
            echo -
        case 'escalate --if-version'
            echo -
        case 'escalate --question'
            echo -
        case 'escalate --to'
            echo tier
        case 'escalate -Q'
            echo -
        case 'export --assignee'
            echo agent
        case 'export --channel'
            echo channel
        case 'export --closed'
            echo -
        case 'export --created'
            echo -
        case 'export --field'
            echo fieldset
        case 'export --format'
            echo -
        case 'export --limit'
            echo -
        case 'export --output'
            echo -
        case 'export --priority-min'
            echo -
        case 'export --queue'
            echo queue
        case 'export --requester'
            echo -
        case 'export --sla'
            echo sla
        case 'export --sort'
            echo -
        case 'export --status'
            echo status
        case 'export --tag'
            echo tag
        case 'export --team'
            echo team
        case 'export --tier'
            echo tier
        case 'export --updated'
            echo -
        case 'export -n'
            echo -
        case 'export -o'
            echo -
        case 'export -s'
            echo status
        case 'field add --choices'
            echo -
        case 'field add --type'
            echo -
        case 'follow --agent'
            echo agent
        case 'follow --team'
            echo team
        case 'known create --number'
            echo -
        case 'known create --slug'
            echo -
        case 'known create --title'
            echo -
        case 'known resolve --note'
            echo -
        case 'list --assignee'
            echo agent
        case 'list --channel'
            echo channel
        case 'list --closed'
            echo -
        case 'list --created'
            echo -
        case 'list --field'
            echo fieldset
        case 'list --format'
            echo -
        case 'list --limit'
            echo -
        case 'list --priority-min'
            echo -
        case 'list --queue'
            echo queue
        case 'list --requester'
            echo -
        case 'list --sla'
            echo sla
        case 'list --sort'
            echo -
        case 'list --status'
            echo status
        case 'list --tag'
            echo tag
        case 'list --team'
            echo team
        case 'list --tier'
            echo tier
        case 'list --updated'
            echo -
        case 'list -n'
            echo -
        case 'list -s'
            echo status
        case 'macro add --body'
            echo -
        case 'macro add --body-file'
            echo -
        case 'macro add -b'
            echo -
        case 'macro suggest --min'
            echo -
        case 'mail fetch --limit'
            echo -
        case 'mail fetch --queue'
            echo queue
        case 'mail fetch --url'
            echo -
        case 'mail ingest --queue'
            echo queue
        case 'mail outbox --status'
            echo -
        case 'mail queue-settings --auto-response-limit'
            echo -
        case 'mail queue-settings --closed-template'
            echo -
        case 'mail queue-settings --fetch-url'
            echo -
        case 'mail queue-settings --max-attachment-bytes'
            echo -
        case 'mail queue-settings --max-message-bytes'
            echo -
        case 'mail queue-settings --new-template'
            echo -
        case 'mail queue-settings --phone-template'
            echo -
        case 'mail queue-settings --reminder-template'
            echo -
        case 'mail send --limit'
            echo -
        case 'mail send --url'
            echo -
        case 'merge --if-version'
            echo -
        case 'merge --into'
            echo ticket
        case 'note --attach'
            echo -
        case 'note --body'
            echo -
        case 'note --body-file'
            echo -
        case 'note --cc-agent'
            echo agent
        case 'note --if-version'
            echo -
        case 'note -b'
            echo -
        case 'notifications --ticket'
            echo ticket
        case 'notify --if-version'
            echo -
        case 'notify --note'
            echo -
        case 'notify --team'
            echo team
        case 'priority --if-version'
            echo -
        case 'queue add --address'
            echo -
        case 'queue add --auto-close-days'
            echo -
        case 'queue add --auto-response-limit'
            echo -
        case 'queue add --calendar'
            echo -
        case 'queue add --closed-template'
            echo -
        case 'queue add --fetch-url'
            echo -
        case 'queue add --follow-up'
            echo -
        case 'queue add --from'
            echo -
        case 'queue add --max-attachment-bytes'
            echo -
        case 'queue add --max-message-bytes'
            echo -
        case 'queue add --new-template'
            echo -
        case 'queue add --phone-template'
            echo -
        case 'queue add --priority'
            echo priority
        case 'queue add --reminder-template'
            echo -
        case 'queue add --tier'
            echo tier
        case 'queue remove --move-to'
            echo queue
        case 'queue set --add-address'
            echo -
        case 'queue set --address'
            echo -
        case 'queue set --auto-close-days'
            echo -
        case 'queue set --auto-response-limit'
            echo -
        case 'queue set --calendar'
            echo -
        case 'queue set --cc'
            echo -
        case 'queue set --closed-template'
            echo -
        case 'queue set --fetch-url'
            echo -
        case 'queue set --follow-up'
            echo -
        case 'queue set --from'
            echo -
        case 'queue set --max-attachment-bytes'
            echo -
        case 'queue set --max-message-bytes'
            echo -
        case 'queue set --new-template'
            echo -
        case 'queue set --phone-template'
            echo -
        case 'queue set --priority'
            echo priority
        case 'queue set --reminder-template'
            echo -
        case 'queue set --remove-address'
            echo -
        case 'queue set --tier'
            echo tier
        case 'receive --body'
            echo -
        case 'receive --body-file'
            echo -
        case 'receive --if-version'
            echo -
        case 'receive -b'
            echo -
        case 'release --if-version'
            echo -
        case 'reopen --if-version'
            echo -
        case 'reply --attach'
            echo -
        case 'reply --body'
            echo -
        case 'reply --body-file'
            echo -
        case 'reply --cc'
            echo -
        case 'reply --cc-agent'
            echo agent
        case 'reply --doc'
            echo -
        case 'reply --if-version'
            echo -
        case 'reply --macro'
            echo macro
        case 'reply --status'
            echo status
        case 'reply -b'
            echo -
        case 'report handoff --from-tier'
            echo tier
        case 'report handoff --process-family'
            echo tagfamily
        case 'report handoff --since'
            echo -
        case 'report repeats --min'
            echo -
        case 'report repeats --since'
            echo -
        case 'report tags --since'
            echo -
        case 'resolve --if-version'
            echo -
        case 'role add --right'
            echo right
        case 'role set --grant'
            echo right
        case 'role set --revoke'
            echo right
        case 'route add --position'
            echo -
        case 'route add --priority'
            echo priority
        case 'route add --queue'
            echo queue
        case 'route add --tag'
            echo tag
        case 'route add --team'
            echo team
        case 'route test --account'
            echo -
        case 'route test --channel'
            echo channel
        case 'route test --requester'
            echo -
        case 'route test --title'
            echo -
        case 'route test --to'
            echo -
        case 'search --assignee'
            echo agent
        case 'search --channel'
            echo channel
        case 'search --closed'
            echo -
        case 'search --created'
            echo -
        case 'search --field'
            echo fieldset
        case 'search --format'
            echo -
        case 'search --limit'
            echo -
        case 'search --priority-min'
            echo -
        case 'search --queue'
            echo queue
        case 'search --requester'
            echo -
        case 'search --sla'
            echo sla
        case 'search --sort'
            echo -
        case 'search --status'
            echo status
        case 'search --tag'
            echo tag
        case 'search --team'
            echo team
        case 'search --tier'
            echo tier
        case 'search --updated'
            echo -
        case 'search -n'
            echo -
        case 'search -s'
            echo status
        case 'show --format'
            echo -
        case 'side --attach'
            echo -
        case 'side --body'
            echo -
        case 'side --body-file'
            echo -
        case 'side --cc'
            echo -
        case 'side --subject'
            echo -
        case 'side --to'
            echo -
        case 'side -b'
            echo -
        case 'side reply --attach'
            echo -
        case 'side reply --body'
            echo -
        case 'side reply --body-file'
            echo -
        case 'side reply --cc'
            echo -
        case 'side reply -b'
            echo -
        case 'sla remove --account-status'
            echo -
        case 'sla remove --band'
            echo -
        case 'sla remove --plan'
            echo -
        case 'sla set --account-status'
            echo -
        case 'sla set --band'
            echo -
        case 'sla set --green'
            echo -
        case 'sla set --plan'
            echo -
        case 'sla set --yellow'
            echo -
        case 'split --if-version'
            echo -
        case 'split --message'
            echo -
        case 'split --title'
            echo -
        case 'split -m'
            echo -
        case 'split -t'
            echo -
        case 'stats --closed'
            echo -
        case 'stats --created'
            echo -
        case 'stats --updated'
            echo -
        case 'status --days'
            echo -
        case 'status --if-version'
            echo -
        case 'status --until'
            echo -
        case 'tag --if-version'
            echo -
        case 'tagset add --file'
            echo -
        case 'tagset add --preset'
            echo -
        case 'take --if-version'
            echo -
        case 'team add --member'
            echo -
        case 'team set --add-member'
            echo agent
        case 'team set --remove-member'
            echo agent
        case 'tier add --after'
            echo tier
        case 'tier add --calendar'
            echo -
        case 'tier set --team'
            echo team
        case 'unfollow --agent'
            echo watcher
        case 'unfollow --team'
            echo team
        case 'agent set #0'
            echo agent
        case 'agent show #0'
            echo agent
        case 'assign #0'
            echo ticket
        case 'attachment list #0'
            echo ticket
        case 'attachment save #0'
            echo ticket
        case 'bulk status #0'
            echo status
        case 'close #0'
            echo ticket
        case 'deescalate #0'
            echo ticket
        case 'due #0'
            echo ticket
        case 'edit #0'
            echo ticket
        case 'escalate #0'
            echo ticket
        case 'field remove #0'
            echo field
        case 'follow #0'
            echo ticket
        case 'history #0'
            echo ticket
        case 'mail queue-settings #0'
            echo queue
        case 'merge #0'
            echo ticket
        case 'note #0'
            echo ticket
        case 'notify #0'
            echo ticket
        case 'priority #0'
            echo ticket
        case 'priority #1'
            echo priority
        case 'queue member add #0'
            echo queue
        case 'queue member list #0'
            echo queue
        case 'queue member remove #0'
            echo queue
        case 'queue member remove #1'
            echo agent
        case 'receive #0'
            echo ticket
        case 'release #0'
            echo ticket
        case 'reopen #0'
            echo ticket
        case 'reply #0'
            echo ticket
        case 'resolve #0'
            echo ticket
        case 'role set #0'
            echo role
        case 'role show #0'
            echo role
        case 'show #0'
            echo ticket
        case 'side #0'
            echo ticket
        case 'side list #0'
            echo ticket
        case 'sla explain #0'
            echo ticket
        case 'sla set #0'
            echo tier
        case 'split #0'
            echo ticket
        case 'status #0'
            echo ticket
        case 'status #1'
            echo status
        case 'suspended accept #0'
            echo ticket
        case 'suspended reject #0'
            echo ticket
        case 'suspended show #0'
            echo ticket
        case 'tag #0'
            echo ticket
        case 'tagset add #0'
            echo tagfamily
        case 'tagset list #0'
            echo tagfamily
        case 'tagset remove #0'
            echo tagfamily
        case 'take #0'
            echo ticket
        case 'tier set #0'
            echo tier
        case 'unfollow #0'
            echo ticket
        case 'bulk tag #*'
            echo tagop
        case 'delete #*'
            echo ticket
        case 'known link #*'
            echo ticket
        case 'queue member add #*'
            echo agent
        case 'tag #*'
            echo tagop
        case 'tagset add #*'
            echo tag
    end
end

# prints the subcommand path, the positional index, the option waiting for a value and the --db given
function __tix_state
    set -l path ''
    set -l pos 0
    set -l pending ''
    set -l db ''
    for w in (commandline -opc)[2..-1]
        if test -n "$pending"
            test "$pending" = --db; and set db $w
            set pending ''
            continue
        end
        switch $w
            case '--db=*'
                set db (string replace -- '--db=' '' $w)
                continue
            case '-?*'
                if not string match -q -- '*=*' $w
                    set -l full (string trim -- "$path $w")
                    if test -n "$(__tix_kind $full)"; or test -n "$(__tix_kind $w)"
                        set pending $w
                    end
                end
                continue
        end
        set -l c ''
        test $pos -eq 0; and set c (__tix_cmd (string trim -- "$path $w"))
        if test -n "$c"
            set path $c
        else
            set pos (math $pos + 1)
        end
    end
    printf '%s\n' "$path" $pos "$pending" "$db"
end

# true when completing right after the subcommand path $argv[1], with no option waiting for a value
function __tix_at
    set -l s (__tix_state)
    test "$s[1]" = "$argv[1]"; and test -z "$s[3]"; and test $s[2] -eq 0
end

function __tix_in
    set -l s (__tix_state)
    test "$s[1]" = "$argv[1]"; and test -z "$s[3]"
end

function __tix_wanted
    set -l s (__tix_state)
    set -l kind ''
    if test -n "$s[3]"
        set kind (__tix_kind (string trim -- "$s[1] $s[3]"))
        test -z "$kind"; and set kind (__tix_kind $s[3])
    else
        set kind (__tix_kind "$s[1] #$s[2]")
        if test "$kind" != tagop; and string match -q -- '-*' (commandline -ct)
            set kind ''
        end
    end
    test "$kind" = -; and set kind ''
    echo $kind
    test -n "$s[4]"; and echo $s[4]
end

function __tix_wants_value
    set -l w (__tix_wanted)
    test -n "$w[1]"
end

function __tix_candidates
    set -l w (__tix_wanted)
    __tix_values $w[1] "$w[2]"
end

function __tix_values
    switch $argv[1]
        case status
            printf '%s\n' new open pending waiting hold review resolved closed suspended
        case channel
            printf '%s\n' email web phone chat social review api agent
        case priority
            printf '%s\n' low medium high urgent
        case sla
            printf '%s\n' green yellow red none
        case right
            printf '%s\n' ticket.see ticket.create ticket.work ticket.work.others ticket.take ticket.assign.others ticket.assign.team ticket.escalate ticket.escalate.others ticket.close.force ticket.delete known.create known.manage bulk queue.all desk.configure
        case tagop
            set -l sign (string sub -l 1 -- (commandline -ct))
            contains -- "$sign" + -; or set sign +
            __tix_cached tag $argv[2] | string replace -r '^' -- $sign
        case '*'
            __tix_cached $argv[1] $argv[2] (commandline -ct)
    end
end

complete -c tix -f
complete -c tix -n '__tix_wants_value' -a '(__tix_candidates)'
complete -c tix -n '__tix_at \'\'' -a 'init' -d 'Create the database with the default desk: queue support, the tiers t…'
complete -c tix -n '__tix_at \'\'' -a 'demo' -d 'Create a demo desk (a new temporary database unless --db is given), a…'
complete -c tix -n '__tix_at \'\'' -a 'create' -d 'Open a new ticket (status new; tier from the queue)'
complete -c tix -n '__tix_at \'\'' -a 'show' -d 'A ticket with its messages, links, SLA and the requester\'s other tick…'
complete -c tix -n '__tix_at \'\'' -a 'list' -d 'List tickets: by default all but closed, highest priority first, then…'
complete -c tix -n '__tix_at \'\'' -a 'search' -d 'Find tickets: a ticket number (#42 or 42) finds that ticket and an e-…'
complete -c tix -n '__tix_at \'\'' -a 'assign' -d 'Assign a ticket to an agent or a team, or to nobody'
complete -c tix -n '__tix_at \'\'' -a 'take' -d 'Assign a ticket to yourself (ticket.take; a colleague\'s ticket also n…'
complete -c tix -n '__tix_at \'\'' -a 'release' -d 'Give a ticket back to the pool (unassign it; a colleague\'s ticket nee…'
complete -c tix -n '__tix_at \'\'' -a 'escalate' -d 'Move a ticket up a tier (one tier without --to)'
complete -c tix -n '__tix_at \'\'' -a 'deescalate' -d 'Move a ticket down to a lower tier, answering the escalated questions'
complete -c tix -n '__tix_at \'\'' -a 'split' -d 'Move one message to a new ticket: same requester and queue, tier tria…'
complete -c tix -n '__tix_at \'\'' -a 'merge' -d 'Move a ticket\'s messages and tags into another; the source is closed …'
complete -c tix -n '__tix_at \'\'' -a 'tag' -d 'Add (+TAG or TAG) and remove (-TAG) tags'
complete -c tix -n '__tix_at \'\'' -a 'reply' -d 'A public answer to the customer, queued as email when the requester h…'
complete -c tix -n '__tix_at \'\'' -a 'note' -d 'An internal note: never sent, never in customer-facing exports'
complete -c tix -n '__tix_at \'\'' -a 'receive' -d 'Record a customer message (a call, a chat)'
complete -c tix -n '__tix_at \'\'' -a 'follow' -d 'Watch a ticket: you (or --agent A, or --team T) hear of its customer …'
complete -c tix -n '__tix_at \'\'' -a 'unfollow' -d 'Stop watching a ticket (you, or --agent A, or --team T)'
complete -c tix -n '__tix_at \'\'' -a 'notify' -d 'Tell a team about a ticket without assigning it: an internal note hea…'
complete -c tix -n '__tix_at \'\'' -a 'notifications' -d 'Who was notified of what: every notification sent to an agent (by mai…'
complete -c tix -n '__tix_at \'\'' -a 'status' -d 'Change the status: open, pending, waiting, hold (--days N or --until …'
complete -c tix -n '__tix_at \'\'' -a 'resolve' -d 'Mark answered, no reply expected (from new, open, pending, waiting, h…'
complete -c tix -n '__tix_at \'\'' -a 'close' -d 'Close a resolved ticket; closed is final but for \'reopen\''
complete -c tix -n '__tix_at \'\'' -a 'reopen' -d 'Reopen a resolved or closed ticket (status open)'
complete -c tix -n '__tix_at \'\'' -a 'priority' -d 'Set the priority: 1-99 or low (25), medium (50), high (75), urgent (9…'
complete -c tix -n '__tix_at \'\'' -a 'due' -d 'Set the due date (YYYY-MM-DD in the queue\'s timezone, or ISO-8601); \'…'
complete -c tix -n '__tix_at \'\'' -a 'edit' -d 'Change a ticket\'s properties; each changed field is an \'edited\' event'
complete -c tix -n '__tix_at \'\'' -a 'history' -d 'Every change of a ticket, oldest first'
complete -c tix -n '__tix_at \'\'' -a 'delete' -d 'Delete tickets for ever, with their messages and history (right ticke…'
complete -c tix -n '__tix_at \'\'' -a 'agent' -d 'Agents: add, list, set, show'
complete -c tix -n '__tix_at \'\'' -a 'role' -d 'Roles: named sets of rights'
complete -c tix -n '__tix_at \'\'' -a 'queue' -d 'Queues (departments): their inbound addresses, default priority and t…'
complete -c tix -n '__tix_at \'\'' -a 'team' -d 'Teams (Engagement, Product, Billing ...): tickets are assigned to a t…'
complete -c tix -n '__tix_at \'\'' -a 'tagset' -d 'Controlled tag families (area, type, special ...)'
complete -c tix -n '__tix_at \'\'' -a 'field' -d 'Custom ticket fields: a name and a type (bool, text, number, date or …'
complete -c tix -n '__tix_at \'\'' -a 'route' -d 'Routing rules: when a ticket is created (by \'tix create\' or by mail),…'
complete -c tix -n '__tix_at \'\'' -a 'tier' -d 'Tiers in escalation order (default triage, t1 .'
complete -c tix -n '__tix_at \'\'' -a 'macro' -d 'Canned responses: \'tix reply ID --macro NAME\' appends one to the reply'
complete -c tix -n '__tix_at \'\'' -a 'account' -d 'Customer accounts (name, plan, status: paid, trial, community, potent…'
complete -c tix -n '__tix_at \'\'' -a 'completion' -d 'Print the shell completion script for bash, zsh or fish'
complete -c tix -n '__tix_at \'\'' -a 'shell' -d 'An interactive shell: type tix commands without \'tix\' (TAB completes …'
complete -c tix -n '__tix_at \'\'' -a 'stats' -d 'The desk at a glance: tickets created this month, this week (from Mon…'
complete -c tix -n '__tix_at \'\'' -a 'mail' -d 'Mail: ingest, fetch, send, outbox, queue-settings'
complete -c tix -n '__tix_at \'\'' -a 'suspended' -d 'Mail held for review (suspected spam, bounces, auto-replies, feedback…'
complete -c tix -n '__tix_at \'\'' -a 'export' -d 'Write tickets with their messages and history as CSV or JSON, for arc…'
complete -c tix -n '__tix_at \'\'' -a 'import' -d 'Read back what \'tix export\' wrote (CSV or JSON, told apart by the fir…'
complete -c tix -n '__tix_at \'\'' -a 'bulk' -d 'One action over a selection of tickets, in one transaction: close, re…'
complete -c tix -n '__tix_at \'\'' -a 'known' -d 'Known issues with numbers: linked tickets get known_issue = the numbe…'
complete -c tix -n '__tix_at \'\'' -a 'doc' -d 'The knowledge base: articles to answer with'
complete -c tix -n '__tix_at \'\'' -a 'report' -d 'What happened on the desk in a period, for the weekly review: answers…'
complete -c tix -n '__tix_at \'\'' -a 'attachment' -d 'Files that came with a ticket\'s mail: list them, save one'
complete -c tix -n '__tix_at \'\'' -a 'side' -d 'Open a side conversation: a mail thread from ticket ID to a third par…'
complete -c tix -n '__tix_at \'\'' -a 'sweep' -d 'Apply every time rule due at --now (default: the clock): unattended n…'
complete -c tix -n '__tix_at \'\'' -a 'sla' -d 'The SLA table (green and yellow limits in business time per tier, opt…'
complete -c tix -n '__tix_at \'\'' -a 'calendar' -d 'Business calendars: timezone, weekly hours (several intervals a day) …'
complete -c tix -n '__tix_at \'\'' -a 'config' -d 'Desk settings kept in the database: the sweep\'s timers (see `config l…'
complete -c tix -n '__tix_at \'\'' -a 'backup' -d 'Copy the whole desk to a new FILE (mode 0600), consistent as of one i…'
complete -c tix -n '__tix_at \'\'' -a 'restore' -d 'Replace the whole desk with a backup FILE made by \'tix backup\' (admin…'
complete -c tix -n '__tix_at \'\'' -a 'check' -d 'Check the desk: SQLite\'s integrity check and foreign keys, the values…'
complete -c tix -n '__tix_at \'\'' -a 'db' -d 'The desk\'s database as a whole: move it between engines (SQLite and P…'
complete -c tix -l as -r -d 'Act as this agent (else TIX_AGENT, else the config file, else the OS …'
complete -c tix -l json -d 'Print JSON; optionally only these comma-separated fields'
complete -c tix -l csv -d 'Print CSV (RFC 4180, header row)'
complete -c tix -l no-color -d 'No colours (also: NO_COLOR)'
complete -c tix -l now -r -d 'Act as if it were this time (ISO-8601 or YYYY-MM-DD, UTC)'
complete -c tix -s q -l quiet -d 'Print nothing on success'
complete -c tix -l db -r -d 'Database file, or a PostgreSQL database as postgresql://USER@HOST:POR…'
complete -c tix -s h -l help -d 'Show this help message and exit'
complete -c tix -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'init\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'init\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'demo\'' -l tickets -r -d 'Generate N tickets (1 to 10,000,000) instead of acting out the day'
complete -c tix -n '__tix_in \'demo\'' -l seed -r -d 'Seed of the generated desk (default: 1)'
complete -c tix -n '__tix_in \'demo\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'demo\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'create\'' -s t -l title -r -d 'The subject'
complete -c tix -n '__tix_in \'create\'' -s r -l requester -r -d 'The customer\'s address, or a handle on a channel without e-mail (twit…'
complete -c tix -n '__tix_in \'create\'' -l from-json -r -d 'Create the tickets of a JSON file (\'-\': standard input)'
complete -c tix -n '__tix_in \'create\'' -l name -r -d 'The customer\'s name'
complete -c tix -n '__tix_in \'create\'' -s b -l body -r -d 'The text; \'-\' reads standard input'
complete -c tix -n '__tix_in \'create\'' -l body-file -r -F -d 'Read the text from FILE (\'-\' = standard input)'
complete -c tix -n '__tix_in \'create\'' -l internal -d 'The body is an internal note, not the customer\'s words'
complete -c tix -n '__tix_in \'create\'' -s p -l priority -r -d '1-99 or low, medium, high, urgent (default: the queue\'s)'
complete -c tix -n '__tix_in \'create\'' -s c -l channel -r -d 'email, web, phone, chat, social, review, api, agent (default agent)'
complete -c tix -n '__tix_in \'create\'' -l queue -r -d 'Queue (default support)'
complete -c tix -n '__tix_in \'create\'' -l tier -r -d 'Tier (default: the queue\'s)'
complete -c tix -n '__tix_in \'create\'' -l tag -r -d 'A tag (repeatable)'
complete -c tix -n '__tix_in \'create\'' -l due -r -d 'Due date (YYYY-MM-DD or ISO-8601)'
complete -c tix -n '__tix_in \'create\'' -l account -r -d 'Attach the requester to this account'
complete -c tix -n '__tix_in \'create\'' -l no-sticky -d 'A customer reply un-assigns the ticket'
complete -c tix -n '__tix_in \'create\'' -l cc-agent -r -d 'These agents watch the ticket from now on and are told (repeatable)'
complete -c tix -n '__tix_in \'create\'' -l attach -r -d 'Files to keep with the message and send as attachments (repeatable; t…'
complete -c tix -n '__tix_in \'create\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'create\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'show\'' -l format -r -d 'One line per ticket from TEMPLATE: {field} is replaced by the ticket\'…'
complete -c tix -n '__tix_in \'show\'' -l explain -d 'Also explain the SLA computation (text; `sla explain ID --json` is it…'
complete -c tix -n '__tix_in \'show\'' -l decrypt -d 'Show customers\' PGP-encrypted blocks in clear (staff only; the key fi…'
complete -c tix -n '__tix_in \'show\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'show\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'list\'' -l format -r -d 'One line per ticket from TEMPLATE: {field} is replaced by the ticket\'…'
complete -c tix -n '__tix_in \'list\'' -s s -l status -r -d 'Status (repeatable; default: all but closed)'
complete -c tix -n '__tix_in \'list\'' -l queue -r -d 'Queue'
complete -c tix -n '__tix_in \'list\'' -l tier -r -d 'Tier'
complete -c tix -n '__tix_in \'list\'' -l assignee -r -d 'Assigned to this agent'
complete -c tix -n '__tix_in \'list\'' -l unassigned -d 'Nobody assigned'
complete -c tix -n '__tix_in \'list\'' -l team -r -d 'Team'
complete -c tix -n '__tix_in \'list\'' -l tag -r -d 'Has this tag (repeatable: all of them)'
complete -c tix -n '__tix_in \'list\'' -l priority-min -r -d 'Priority at least N'
complete -c tix -n '__tix_in \'list\'' -l requester -r -d 'Requested by'
complete -c tix -n '__tix_in \'list\'' -l unanswered -d 'No public reply since the customer last wrote'
complete -c tix -n '__tix_in \'list\'' -l sla -r -d 'SLA colour: green, yellow, red, none'
complete -c tix -n '__tix_in \'list\'' -l field -r -d 'Custom field NAME has VALUE (repeatable: all of them); see \'tix field…'
complete -c tix -n '__tix_in \'list\'' -l channel -r -d 'Came in by this channel: email, web, phone, chat, social, review, api…'
complete -c tix -n '__tix_in \'list\'' -l created -r -d 'Created in this period: 7d (the last seven days up to --now), 12h, 2w…'
complete -c tix -n '__tix_in \'list\'' -l updated -r -d 'Last changed in this period (as --created)'
complete -c tix -n '__tix_in \'list\'' -l closed -r -d 'Closed in this period (as --created); selects closed tickets without …'
complete -c tix -n '__tix_in \'list\'' -l sort -r -d 'Sort by id, priority, created, updated, status, title, queue, tier, a…'
complete -c tix -n '__tix_in \'list\'' -s n -l limit -r -d 'At most N tickets'
complete -c tix -n '__tix_in \'list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'search\'' -l format -r -d 'One line per ticket from TEMPLATE: {field} is replaced by the ticket\'…'
complete -c tix -n '__tix_in \'search\'' -s s -l status -r -d 'Status (repeatable; default: all but closed)'
complete -c tix -n '__tix_in \'search\'' -l queue -r -d 'Queue'
complete -c tix -n '__tix_in \'search\'' -l tier -r -d 'Tier'
complete -c tix -n '__tix_in \'search\'' -l assignee -r -d 'Assigned to this agent'
complete -c tix -n '__tix_in \'search\'' -l unassigned -d 'Nobody assigned'
complete -c tix -n '__tix_in \'search\'' -l team -r -d 'Team'
complete -c tix -n '__tix_in \'search\'' -l tag -r -d 'Has this tag (repeatable: all of them)'
complete -c tix -n '__tix_in \'search\'' -l priority-min -r -d 'Priority at least N'
complete -c tix -n '__tix_in \'search\'' -l requester -r -d 'Requested by'
complete -c tix -n '__tix_in \'search\'' -l unanswered -d 'No public reply since the customer last wrote'
complete -c tix -n '__tix_in \'search\'' -l sla -r -d 'SLA colour: green, yellow, red, none'
complete -c tix -n '__tix_in \'search\'' -l field -r -d 'Custom field NAME has VALUE (repeatable: all of them); see \'tix field…'
complete -c tix -n '__tix_in \'search\'' -l channel -r -d 'Came in by this channel: email, web, phone, chat, social, review, api…'
complete -c tix -n '__tix_in \'search\'' -l created -r -d 'Created in this period: 7d (the last seven days up to --now), 12h, 2w…'
complete -c tix -n '__tix_in \'search\'' -l updated -r -d 'Last changed in this period (as --created)'
complete -c tix -n '__tix_in \'search\'' -l closed -r -d 'Closed in this period (as --created); selects closed tickets without …'
complete -c tix -n '__tix_in \'search\'' -l sort -r -d 'Sort by id, priority, created, updated, status, title, queue, tier, a…'
complete -c tix -n '__tix_in \'search\'' -s n -l limit -r -d 'At most N tickets'
complete -c tix -n '__tix_in \'search\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'search\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'assign\'' -l to -r -d 'The agent'
complete -c tix -n '__tix_in \'assign\'' -l team -r -d 'The team'
complete -c tix -n '__tix_in \'assign\'' -l none -d 'Nobody (back to the pool)'
complete -c tix -n '__tix_in \'assign\'' -l sticky -d 'Customer replies keep the assignee (default)'
complete -c tix -n '__tix_in \'assign\'' -l no-sticky -d 'A customer reply un-assigns the ticket'
complete -c tix -n '__tix_in \'assign\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'assign\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'assign\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'take\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'take\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'take\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'release\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'release\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'release\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'escalate\'' -l to -r -d 'The target tier'
complete -c tix -n '__tix_in \'escalate\'' -l oncall -d 'Straight to the on-call tier'
complete -c tix -n '__tix_in \'escalate\'' -s Q -l question -r -d 'A question for the next tier (repeatable; at least one)'
complete -c tix -n '__tix_in \'escalate\'' -l keep-assignee -d 'Keep the current assignee'
complete -c tix -n '__tix_in \'escalate\'' -l comment -r -d 'A public transition comment to the customer'
complete -c tix -n '__tix_in \'escalate\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'escalate\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'escalate\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'deescalate\'' -l to -r -d 'The target tier'
complete -c tix -n '__tix_in \'deescalate\'' -l answer -r -d 'The answer to the escalated questions (internal note)'
complete -c tix -n '__tix_in \'deescalate\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'deescalate\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'deescalate\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'split\'' -s m -l message -r -d 'The message to move (ids in \'tix show\')'
complete -c tix -n '__tix_in \'split\'' -s t -l title -r -d 'Title of the new ticket'
complete -c tix -n '__tix_in \'split\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'split\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'split\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'merge\'' -l into -r -d 'The target ticket'
complete -c tix -n '__tix_in \'merge\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'merge\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'merge\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'tag\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'tag\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'tag\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'reply\'' -s b -l body -r -d 'The text; \'-\' reads standard input'
complete -c tix -n '__tix_in \'reply\'' -l body-file -r -F -d 'Read the text from FILE (\'-\' = standard input)'
complete -c tix -n '__tix_in \'reply\'' -l status -r -d 'Then set pending, resolved or waiting'
complete -c tix -n '__tix_in \'reply\'' -l macro -r -d 'Append this canned response'
complete -c tix -n '__tix_in \'reply\'' -l doc -r -d 'Put knowledge-base doc N after the text: its title and URL, or its ti…'
complete -c tix -n '__tix_in \'reply\'' -l cc -r -d 'Also send the answer to these addresses (repeatable or comma-separate…'
complete -c tix -n '__tix_in \'reply\'' -l attach -r -d 'Files to keep with the message and send as attachments (repeatable; t…'
complete -c tix -n '__tix_in \'reply\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'reply\'' -l cc-agent -r -d 'These agents watch the ticket from now on and are told (repeatable)'
complete -c tix -n '__tix_in \'reply\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'reply\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'note\'' -s b -l body -r -d 'The text; \'-\' reads standard input'
complete -c tix -n '__tix_in \'note\'' -l body-file -r -F -d 'Read the text from FILE (\'-\' = standard input)'
complete -c tix -n '__tix_in \'note\'' -l attach -r -d 'Files to keep with the message and send as attachments (repeatable; t…'
complete -c tix -n '__tix_in \'note\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'note\'' -l cc-agent -r -d 'These agents watch the ticket from now on and are told (repeatable)'
complete -c tix -n '__tix_in \'note\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'note\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'receive\'' -s b -l body -r -d 'The text; \'-\' reads standard input'
complete -c tix -n '__tix_in \'receive\'' -l body-file -r -F -d 'Read the text from FILE (\'-\' = standard input)'
complete -c tix -n '__tix_in \'receive\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'receive\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'receive\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'follow\'' -l agent -r -d 'This agent instead of you'
complete -c tix -n '__tix_in \'follow\'' -l team -r -d 'This team (its members) instead of you'
complete -c tix -n '__tix_in \'follow\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'follow\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'unfollow\'' -l agent -r -d 'This agent instead of you'
complete -c tix -n '__tix_in \'unfollow\'' -l team -r -d 'This team instead of you'
complete -c tix -n '__tix_in \'unfollow\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'unfollow\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'notify\'' -l team -r -d 'The team to tell'
complete -c tix -n '__tix_in \'notify\'' -l note -r -d 'What to tell them (an internal note)'
complete -c tix -n '__tix_in \'notify\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'notify\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'notify\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'notifications\'' -l ticket -r -d 'Only this ticket\'s'
complete -c tix -n '__tix_in \'notifications\'' -l failed -d 'Only those the notify hook failed to take'
complete -c tix -n '__tix_in \'notifications\'' -l retry -d 'Give the failed ones to the notify hook again (desk.configure)'
complete -c tix -n '__tix_in \'notifications\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'notifications\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'status\'' -l days -r -d 'Hold or wait N days (24 h each)'
complete -c tix -n '__tix_in \'status\'' -l until -r -d 'Hold or wait until DATE'
complete -c tix -n '__tix_in \'status\'' -l force -d 'With closed: close from any open status (right ticket.close.force: ad…'
complete -c tix -n '__tix_in \'status\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'status\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'status\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'resolve\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'resolve\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'resolve\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'close\'' -l force -d 'Close from any open status (right ticket.close.force: admins)'
complete -c tix -n '__tix_in \'close\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'close\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'close\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'reopen\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'reopen\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'reopen\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'priority\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'priority\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'priority\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'due\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'due\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'due\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'edit\'' -s t -l title -r -d 'The new title'
complete -c tix -n '__tix_in \'edit\'' -s r -l requester -r -d 'Move the ticket to this requester'
complete -c tix -n '__tix_in \'edit\'' -l name -r -d 'The requester\'s name'
complete -c tix -n '__tix_in \'edit\'' -l account -r -d 'The requester\'s account'
complete -c tix -n '__tix_in \'edit\'' -l queue -r -d 'Move the ticket to this queue'
complete -c tix -n '__tix_in \'edit\'' -s c -l channel -r -d 'email, web, phone, chat, social, review, api or agent'
complete -c tix -n '__tix_in \'edit\'' -l set -r -d 'Set a custom field (repeatable); see \'tix field list\''
complete -c tix -n '__tix_in \'edit\'' -l unset -r -d 'Clear a custom field (repeatable)'
complete -c tix -n '__tix_in \'edit\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'edit\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'edit\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'history\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'history\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'delete\'' -l permanent -d 'Confirm: there is no undo'
complete -c tix -n '__tix_in \'delete\'' -l if-version -r -d 'Refuse (exit 4) if the ticket is no longer at version N'
complete -c tix -n '__tix_in \'delete\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'delete\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'agent\'' -a 'add' -d 'Add an agent (desk.configure: admins)'
complete -c tix -n '__tix_at \'agent\'' -a 'list' -d 'All agents'
complete -c tix -n '__tix_at \'agent\'' -a 'set' -d 'Change an agent\'s role or profile (admin; agents may edit their own p…'
complete -c tix -n '__tix_at \'agent\'' -a 'show' -d 'One agent\'s profile'
complete -c tix -n '__tix_in \'agent\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'agent\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'agent add\'' -l name -r -d 'Full name'
complete -c tix -n '__tix_in \'agent add\'' -l role -r -d 'agent, lead, admin or a role of the desk\'s own (tix role list)'
complete -c tix -n '__tix_in \'agent add\'' -l description -r -d 'What the agent does (profile)'
complete -c tix -n '__tix_in \'agent add\'' -l signature -r -d 'Appended to public replies'
complete -c tix -n '__tix_in \'agent add\'' -l team -r -d 'Team membership (repeatable; replaces the list)'
complete -c tix -n '__tix_in \'agent add\'' -l email -r -d 'Where notifications go ("" removes it)'
complete -c tix -n '__tix_in \'agent add\'' -l notify -r -d 'Which notifications: none, assigned (the default: everything about ti…'
complete -c tix -n '__tix_in \'agent add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'agent add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'agent list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'agent list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'agent set\'' -l name -r -d 'Full name'
complete -c tix -n '__tix_in \'agent set\'' -l role -r -d 'agent, lead, admin or a role of the desk\'s own (tix role list)'
complete -c tix -n '__tix_in \'agent set\'' -l description -r -d 'What the agent does (profile)'
complete -c tix -n '__tix_in \'agent set\'' -l signature -r -d 'Appended to public replies'
complete -c tix -n '__tix_in \'agent set\'' -l team -r -d 'Team membership (repeatable; replaces the list)'
complete -c tix -n '__tix_in \'agent set\'' -l email -r -d 'Where notifications go ("" removes it)'
complete -c tix -n '__tix_in \'agent set\'' -l notify -r -d 'Which notifications: none, assigned (the default: everything about ti…'
complete -c tix -n '__tix_in \'agent set\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'agent set\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'agent show\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'agent show\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'role\'' -a 'add' -d 'Add a role with these rights (admin), e.g'
complete -c tix -n '__tix_at \'role\'' -a 'set' -d 'Grant or revoke rights of a role of the desk\'s own (admin); built-in …'
complete -c tix -n '__tix_at \'role\'' -a 'list' -d 'Every role with its rights and agents'
complete -c tix -n '__tix_at \'role\'' -a 'show' -d 'One role: {"name", "built_in", "rights", "agents"} with --json'
complete -c tix -n '__tix_at \'role\'' -a 'rights' -d 'Every right there is, with what it allows'
complete -c tix -n '__tix_in \'role\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'role\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'role add\'' -l right -r -d 'A right the role holds (repeatable; see \'tix role rights\')'
complete -c tix -n '__tix_in \'role add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'role add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'role set\'' -l grant -r -d 'Add a right (repeatable)'
complete -c tix -n '__tix_in \'role set\'' -l revoke -r -d 'Take a right away (repeatable)'
complete -c tix -n '__tix_in \'role set\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'role set\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'role list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'role list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'role show\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'role show\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'role rights\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'role rights\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'queue\'' -a 'add' -d 'Add a queue, e.g'
complete -c tix -n '__tix_at \'queue\'' -a 'list' -d 'Every queue with its settings and ticket count'
complete -c tix -n '__tix_at \'queue\'' -a 'show' -d 'One queue\'s settings, addresses and ticket count'
complete -c tix -n '__tix_at \'queue\'' -a 'set' -d 'Change a queue\'s settings; options left out keep their value'
complete -c tix -n '__tix_at \'queue\'' -a 'remove' -d 'Delete a queue'
complete -c tix -n '__tix_at \'queue\'' -a 'member' -d 'Who belongs to a queue'
complete -c tix -n '__tix_in \'queue\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'queue\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'queue add\'' -l address -r -d 'Inbound address of the queue (repeatable; on set it replaces the list)'
complete -c tix -n '__tix_in \'queue add\'' -l from -r -d 'The From address of the queue\'s mail (\'none\' to clear)'
complete -c tix -n '__tix_in \'queue add\'' -l priority -r -d 'Default priority of new tickets: 1-99 or low, medium, high, urgent (d…'
complete -c tix -n '__tix_in \'queue add\'' -l tier -r -d 'Default tier of new tickets (default: the first tier, triage)'
complete -c tix -n '__tix_in \'queue add\'' -l calendar -r -d 'Business-hours calendar for SLAs and timers (default \'default\')'
complete -c tix -n '__tix_in \'queue add\'' -l priority-growth -d 'Unanswered tickets gain priority with time (default on; --no-priority…'
complete -c tix -n '__tix_in \'queue add\'' -l priority-growth-new -d 'Unanswered new tickets gain priority too, not only open ones (default…'
complete -c tix -n '__tix_in \'queue add\'' -l auto-close-days -r -d 'Resolved tickets close after N days: 0 at once, -1 never (default 4)'
complete -c tix -n '__tix_in \'queue add\'' -l follow-up -r -d 'A customer mail on a closed ticket: new (a linked follow-up ticket, d…'
complete -c tix -n '__tix_in \'queue add\'' -l auto-response -d 'Send the new-ticket auto-response (default on; --no-auto-response swi…'
complete -c tix -n '__tix_in \'queue add\'' -l members-only -d 'Only the queue\'s members (tix queue member add) and roles with queue.…'
complete -c tix -n '__tix_in \'queue add\'' -l fetch-url -r -d 'Mailbox `mail fetch` polls: imap[s]:// or pop3[s]://user@host:port/FO…'
complete -c tix -n '__tix_in \'queue add\'' -l new-template -r -d 'Auto-response to a new ticket (placeholders {ticket.id}, {ticket.titl…'
complete -c tix -n '__tix_in \'queue add\'' -l closed-template -r -d 'Auto-response when a ticket is resolved or closed (default: none; \'\' …'
complete -c tix -n '__tix_in \'queue add\'' -l reminder-template -r -d 'The pending reminder (\'\' = built-in text)'
complete -c tix -n '__tix_in \'queue add\'' -l phone-template -r -d 'Follow-up mail after a ticket created with --channel phone (\'\' = buil…'
complete -c tix -n '__tix_in \'queue add\'' -l auto-response-limit -r -d 'At most N auto-responses per sender per hour (default 3; 0 = none)'
complete -c tix -n '__tix_in \'queue add\'' -l max-message-bytes -r -d 'Larger mail is suspended (default 50 MiB)'
complete -c tix -n '__tix_in \'queue add\'' -l max-attachment-bytes -r -d 'Larger attachments are kept only in the raw message (default 25 MiB)'
complete -c tix -n '__tix_in \'queue add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'queue add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'queue list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'queue list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'queue show\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'queue show\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'queue set\'' -l address -r -d 'Inbound address of the queue (repeatable; on set it replaces the list)'
complete -c tix -n '__tix_in \'queue set\'' -l from -r -d 'The From address of the queue\'s mail (\'none\' to clear)'
complete -c tix -n '__tix_in \'queue set\'' -l priority -r -d 'Default priority of new tickets: 1-99 or low, medium, high, urgent (d…'
complete -c tix -n '__tix_in \'queue set\'' -l tier -r -d 'Default tier of new tickets (default: the first tier, triage)'
complete -c tix -n '__tix_in \'queue set\'' -l calendar -r -d 'Business-hours calendar for SLAs and timers (default \'default\')'
complete -c tix -n '__tix_in \'queue set\'' -l priority-growth -d 'Unanswered tickets gain priority with time (default on; --no-priority…'
complete -c tix -n '__tix_in \'queue set\'' -l priority-growth-new -d 'Unanswered new tickets gain priority too, not only open ones (default…'
complete -c tix -n '__tix_in \'queue set\'' -l auto-close-days -r -d 'Resolved tickets close after N days: 0 at once, -1 never (default 4)'
complete -c tix -n '__tix_in \'queue set\'' -l follow-up -r -d 'A customer mail on a closed ticket: new (a linked follow-up ticket, d…'
complete -c tix -n '__tix_in \'queue set\'' -l auto-response -d 'Send the new-ticket auto-response (default on; --no-auto-response swi…'
complete -c tix -n '__tix_in \'queue set\'' -l members-only -d 'Only the queue\'s members (tix queue member add) and roles with queue.…'
complete -c tix -n '__tix_in \'queue set\'' -l add-address -r -d 'Add an inbound address (repeatable)'
complete -c tix -n '__tix_in \'queue set\'' -l remove-address -r -d 'Remove an inbound address (repeatable)'
complete -c tix -n '__tix_in \'queue set\'' -l fetch-url -r -d 'Mailbox `mail fetch` polls: imap[s]:// or pop3[s]://user@host:port/FO…'
complete -c tix -n '__tix_in \'queue set\'' -l new-template -r -d 'Auto-response to a new ticket (placeholders {ticket.id}, {ticket.titl…'
complete -c tix -n '__tix_in \'queue set\'' -l closed-template -r -d 'Auto-response when a ticket is resolved or closed (default: none; \'\' …'
complete -c tix -n '__tix_in \'queue set\'' -l reminder-template -r -d 'The pending reminder (\'\' = built-in text)'
complete -c tix -n '__tix_in \'queue set\'' -l phone-template -r -d 'Follow-up mail after a ticket created with --channel phone (\'\' = buil…'
complete -c tix -n '__tix_in \'queue set\'' -l auto-response-limit -r -d 'At most N auto-responses per sender per hour (default 3; 0 = none)'
complete -c tix -n '__tix_in \'queue set\'' -l max-message-bytes -r -d 'Larger mail is suspended (default 50 MiB)'
complete -c tix -n '__tix_in \'queue set\'' -l max-attachment-bytes -r -d 'Larger attachments are kept only in the raw message (default 25 MiB)'
complete -c tix -n '__tix_in \'queue set\'' -l cc -r -d 'Default CC of every reply from this queue (repeatable or comma-separa…'
complete -c tix -n '__tix_in \'queue set\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'queue set\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'queue remove\'' -l move-to -r -d 'Move the queue\'s tickets there'
complete -c tix -n '__tix_in \'queue remove\'' -l delete-tickets -d 'Delete the queue\'s tickets, messages and history for ever'
complete -c tix -n '__tix_in \'queue remove\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'queue remove\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'queue member\'' -a 'add' -d 'Make agents members of a queue (admin)'
complete -c tix -n '__tix_at \'queue member\'' -a 'remove' -d 'Take an agent out of a queue (admin)'
complete -c tix -n '__tix_at \'queue member\'' -a 'list' -d 'A queue\'s members and whether it is members-only'
complete -c tix -n '__tix_in \'queue member\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'queue member\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'queue member add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'queue member add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'queue member remove\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'queue member remove\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'queue member list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'queue member list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'team\'' -a 'add' -d 'Add a team, e.g'
complete -c tix -n '__tix_at \'team\'' -a 'list' -d 'Every team with its members and ticket count'
complete -c tix -n '__tix_at \'team\'' -a 'show' -d 'A team\'s members and ticket count'
complete -c tix -n '__tix_at \'team\'' -a 'set' -d 'Add or remove members'
complete -c tix -n '__tix_at \'team\'' -a 'remove' -d 'Delete a team'
complete -c tix -n '__tix_in \'team\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'team\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'team add\'' -l member -r -d 'A member (repeatable)'
complete -c tix -n '__tix_in \'team add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'team add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'team list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'team list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'team show\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'team show\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'team set\'' -l add-member -r -d 'Add a member (repeatable)'
complete -c tix -n '__tix_in \'team set\'' -l remove-member -r -d 'Remove a member (repeatable)'
complete -c tix -n '__tix_in \'team set\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'team set\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'team remove\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'team remove\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'tagset\'' -a 'add' -d 'Create a family or add tags to it, one argument per tag as the desk n…'
complete -c tix -n '__tix_at \'tagset\'' -a 'list' -d 'Every family\'s tags with how many tickets carry each'
complete -c tix -n '__tix_at \'tagset\'' -a 'remove' -d 'Take tags out of a family, or remove the whole family when no tag is …'
complete -c tix -n '__tix_in \'tagset\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'tagset\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'tagset add\'' -l single -d 'A ticket carries at most one tag of the family (type: Bug or Consulti…'
complete -c tix -n '__tix_in \'tagset add\'' -l multiple -d 'A ticket may carry several tags of the family (the default)'
complete -c tix -n '__tix_in \'tagset add\'' -l preset -r -d 'A seed list shipped with tix: chat-vendor, tiered'
complete -c tix -n '__tix_in \'tagset add\'' -l file -r -d 'A list of families and tags in a file (\'-\': standard input)'
complete -c tix -n '__tix_in \'tagset add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'tagset add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'tagset list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'tagset list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'tagset remove\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'tagset remove\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'field\'' -a 'add' -d 'Add a custom field, e.g'
complete -c tix -n '__tix_at \'field\'' -a 'list' -d 'Every custom field with its type, choices and how many tickets have a…'
complete -c tix -n '__tix_at \'field\'' -a 'remove' -d 'Remove a custom field'
complete -c tix -n '__tix_in \'field\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'field\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'field add\'' -l type -r -d 'bool (true/false, yes/no), text, number, date (YYYY-MM-DD) or choice'
complete -c tix -n '__tix_in \'field add\'' -l choices -r -d 'The values a choice field allows, separated by commas'
complete -c tix -n '__tix_in \'field add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'field add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'field list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'field list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'field remove\'' -l force -d 'Remove it even when tickets have values (they go with it)'
complete -c tix -n '__tix_in \'field remove\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'field remove\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'route\'' -a 'add' -d 'Add a rule, e.g'
complete -c tix -n '__tix_at \'route\'' -a 'list' -d 'Every rule in the order they are tried'
complete -c tix -n '__tix_at \'route\'' -a 'remove' -d 'Delete a rule; the rules after it move up one'
complete -c tix -n '__tix_at \'route\'' -a 'move' -d 'Put a rule at another position; the others keep their order'
complete -c tix -n '__tix_at \'route\'' -a 'test' -d 'Which rules a new ticket with these facts would get, and what they wo…'
complete -c tix -n '__tix_in \'route\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'route\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'route add\'' -l queue -r -d 'Put the ticket in this queue (its default tier and priority apply)'
complete -c tix -n '__tix_in \'route add\'' -l team -r -d 'Assign the ticket to this team'
complete -c tix -n '__tix_in \'route add\'' -l priority -r -d 'Set the priority: 1-99 or low, medium, high, urgent'
complete -c tix -n '__tix_in \'route add\'' -l tag -r -d 'Add this tag to the ticket'
complete -c tix -n '__tix_in \'route add\'' -l position -r -d 'Where the rule goes (1 is tried first; default: last)'
complete -c tix -n '__tix_in \'route add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'route add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'route list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'route list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'route remove\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'route remove\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'route move\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'route move\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'route test\'' -l channel -r -d 'email, web, phone, chat, social, review, api or agent'
complete -c tix -n '__tix_in \'route test\'' -l to -r -d 'The address the mail was sent to'
complete -c tix -n '__tix_in \'route test\'' -l requester -r -d 'The requester\'s email'
complete -c tix -n '__tix_in \'route test\'' -l account -r -d 'The requester\'s account name'
complete -c tix -n '__tix_in \'route test\'' -l title -r -d 'The ticket\'s title'
complete -c tix -n '__tix_in \'route test\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'route test\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'tier\'' -a 'list' -d 'The tiers, lowest first: position, calendar (empty: the queue\'s), tic…'
complete -c tix -n '__tix_at \'tier\'' -a 'add' -d 'Add a tier (admin only), e.g'
complete -c tix -n '__tix_at \'tier\'' -a 'set' -d 'Change a tier (desk.configure): --team names the team escalations int…'
complete -c tix -n '__tix_in \'tier\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'tier\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'tier list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'tier list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'tier add\'' -l after -r -d 'Place it right above this tier (default: on top)'
complete -c tix -n '__tix_in \'tier add\'' -l calendar -r -d 'Its own calendar (default: the queue\'s)'
complete -c tix -n '__tix_in \'tier add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'tier add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'tier set\'' -l team -r -d 'The tier\'s team ("" for none)'
complete -c tix -n '__tix_in \'tier set\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'tier set\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'macro\'' -a 'add' -d 'Add a macro, e.g'
complete -c tix -n '__tix_at \'macro\'' -a 'list' -d 'Every macro with how often it was used and its text'
complete -c tix -n '__tix_at \'macro\'' -a 'show' -d 'A macro\'s text (in a table: the text alone, ready to read or pipe)'
complete -c tix -n '__tix_at \'macro\'' -a 'remove' -d 'Delete a macro'
complete -c tix -n '__tix_at \'macro\'' -a 'suggest' -d 'Public answers written at least --min times word for word: each one i…'
complete -c tix -n '__tix_in \'macro\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'macro\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'macro add\'' -s b -l body -r -d 'The text; \'-\' reads standard input'
complete -c tix -n '__tix_in \'macro add\'' -l body-file -r -F -d 'Read the text from FILE (\'-\' = standard input)'
complete -c tix -n '__tix_in \'macro add\'' -l replace -d 'Replace the text of an existing macro (its use count stays)'
complete -c tix -n '__tix_in \'macro add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'macro add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'macro list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'macro list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'macro show\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'macro show\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'macro remove\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'macro remove\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'macro suggest\'' -l min -r -d 'How many times (default 3)'
complete -c tix -n '__tix_in \'macro suggest\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'macro suggest\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'account\'' -a 'import' -d 'Create or update accounts from a CSV file (RFC 4180, header row name,…'
complete -c tix -n '__tix_at \'account\'' -a 'list' -d 'Every account with its contacts and ticket count'
complete -c tix -n '__tix_at \'account\'' -a 'show' -d 'One account: plan, status, contacts, ticket count'
complete -c tix -n '__tix_in \'account\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'account\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'account import\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'account import\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'account list\'' -l status -r -d 'Only accounts of this status'
complete -c tix -n '__tix_in \'account list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'account list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'account show\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'account show\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'completion\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'completion\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'shell\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'shell\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'stats\'' -l created -r -d 'Only tickets created in this period: 7d, 2w, a date, SINCE..UNTIL (SI…'
complete -c tix -n '__tix_in \'stats\'' -l updated -r -d 'Only tickets last changed in this period'
complete -c tix -n '__tix_in \'stats\'' -l closed -r -d 'Only tickets closed in this period'
complete -c tix -n '__tix_in \'stats\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'stats\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'mail\'' -a 'ingest' -d 'Read RFC 5322 messages and make or update tickets: one message on sta…'
complete -c tix -n '__tix_at \'mail\'' -a 'fetch' -d 'Poll IMAP(S) or POP3(S) mailboxes and ingest what is there: each queu…'
complete -c tix -n '__tix_at \'mail\'' -a 'send' -d 'Deliver the outbox over SMTP: --url smtp://user@host:port or smtps://…'
complete -c tix -n '__tix_at \'mail\'' -a 'outbox' -d 'List queued and sent mail (ticket_id, to, subject, kind, status); --r…'
complete -c tix -n '__tix_at \'mail\'' -a 'mark-sent' -d 'Record that an outbox row went out: a manual row (an answer to a chan…'
complete -c tix -n '__tix_at \'mail\'' -a 'retry' -d 'Put one unsure or failed outbox row back in the queue, due at once: t…'
complete -c tix -n '__tix_at \'mail\'' -a 'queue-settings' -d 'Show or change a queue\'s mail settings: fetch URL, templates, limits …'
complete -c tix -n '__tix_in \'mail\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'mail\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'mail ingest\'' -l queue -r -d 'Queue for mail no queue address claims (default support)'
complete -c tix -n '__tix_in \'mail ingest\'' -l summary -d 'Print the counts of outcomes on stderr (always on a terminal)'
complete -c tix -n '__tix_in \'mail ingest\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'mail ingest\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'mail fetch\'' -l keep -d 'Leave the mail on the server (a shared mailbox): mark it seen instead…'
complete -c tix -n '__tix_in \'mail fetch\'' -l queue -r -d 'Only this queue\'s mailbox (with --url: the queue for unclaimed mail)'
complete -c tix -n '__tix_in \'mail fetch\'' -l url -r -d 'imap://, imaps://, pop3:// or pop3s://user@host:port/FOLDER'
complete -c tix -n '__tix_in \'mail fetch\'' -l limit -r -d 'At most N messages per mailbox (default 500)'
complete -c tix -n '__tix_in \'mail fetch\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'mail fetch\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'mail send\'' -l url -r -d 'smtp://user@host:port or smtps://user@host:port'
complete -c tix -n '__tix_in \'mail send\'' -l limit -r -d 'At most N messages (default 1000)'
complete -c tix -n '__tix_in \'mail send\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'mail send\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'mail outbox\'' -l status -r -d 'queued, sending, sent, failed, held, manual (answers to channel handl…'
complete -c tix -n '__tix_in \'mail outbox\'' -l retry -d 'Put failed rows back in the queue, due at once'
complete -c tix -n '__tix_in \'mail outbox\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'mail outbox\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'mail mark-sent\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'mail mark-sent\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'mail retry\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'mail retry\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'mail queue-settings\'' -l fetch-url -r -d 'Mailbox `mail fetch` polls: imap[s]:// or pop3[s]://user@host:port/FO…'
complete -c tix -n '__tix_in \'mail queue-settings\'' -l new-template -r -d 'Auto-response to a new ticket (placeholders {ticket.id}, {ticket.titl…'
complete -c tix -n '__tix_in \'mail queue-settings\'' -l closed-template -r -d 'Auto-response when a ticket is resolved or closed (default: none; \'\' …'
complete -c tix -n '__tix_in \'mail queue-settings\'' -l reminder-template -r -d 'The pending reminder (\'\' = built-in text)'
complete -c tix -n '__tix_in \'mail queue-settings\'' -l phone-template -r -d 'Follow-up mail after a ticket created with --channel phone (\'\' = buil…'
complete -c tix -n '__tix_in \'mail queue-settings\'' -l auto-response-limit -r -d 'At most N auto-responses per sender per hour (default 3; 0 = none)'
complete -c tix -n '__tix_in \'mail queue-settings\'' -l max-message-bytes -r -d 'Larger mail is suspended (default 50 MiB)'
complete -c tix -n '__tix_in \'mail queue-settings\'' -l max-attachment-bytes -r -d 'Larger attachments are kept only in the raw message (default 25 MiB)'
complete -c tix -n '__tix_in \'mail queue-settings\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'mail queue-settings\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'suspended\'' -a 'list' -d 'Suspended tickets, oldest first, with why they were held'
complete -c tix -n '__tix_at \'suspended\'' -a 'show' -d 'One suspended ticket: sender, reason and the raw message as received'
complete -c tix -n '__tix_at \'suspended\'' -a 'accept' -d 'Real mail after all: the ticket becomes new, and the sender gets the …'
complete -c tix -n '__tix_at \'suspended\'' -a 'reject' -d 'Spam or junk: closed with tag spam (kept, never deleted)'
complete -c tix -n '__tix_in \'suspended\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'suspended\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'suspended list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'suspended list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'suspended show\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'suspended show\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'suspended accept\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'suspended accept\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'suspended reject\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'suspended reject\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'export\'' -s s -l status -r -d 'Status (repeatable; default: all but closed)'
complete -c tix -n '__tix_in \'export\'' -l queue -r -d 'Queue'
complete -c tix -n '__tix_in \'export\'' -l tier -r -d 'Tier'
complete -c tix -n '__tix_in \'export\'' -l assignee -r -d 'Assigned to this agent'
complete -c tix -n '__tix_in \'export\'' -l unassigned -d 'Nobody assigned'
complete -c tix -n '__tix_in \'export\'' -l team -r -d 'Team'
complete -c tix -n '__tix_in \'export\'' -l tag -r -d 'Has this tag (repeatable: all of them)'
complete -c tix -n '__tix_in \'export\'' -l priority-min -r -d 'Priority at least N'
complete -c tix -n '__tix_in \'export\'' -l requester -r -d 'Requested by'
complete -c tix -n '__tix_in \'export\'' -l unanswered -d 'No public reply since the customer last wrote'
complete -c tix -n '__tix_in \'export\'' -l sla -r -d 'SLA colour: green, yellow, red, none'
complete -c tix -n '__tix_in \'export\'' -l field -r -d 'Custom field NAME has VALUE (repeatable: all of them); see \'tix field…'
complete -c tix -n '__tix_in \'export\'' -l channel -r -d 'Came in by this channel: email, web, phone, chat, social, review, api…'
complete -c tix -n '__tix_in \'export\'' -l created -r -d 'Created in this period: 7d (the last seven days up to --now), 12h, 2w…'
complete -c tix -n '__tix_in \'export\'' -l updated -r -d 'Last changed in this period (as --created)'
complete -c tix -n '__tix_in \'export\'' -l closed -r -d 'Closed in this period (as --created); selects closed tickets without …'
complete -c tix -n '__tix_in \'export\'' -l sort -r -d 'Sort by id, priority, created, updated, status, title, queue, tier, a…'
complete -c tix -n '__tix_in \'export\'' -s n -l limit -r -d 'At most N tickets'
complete -c tix -n '__tix_in \'export\'' -l format -r -d 'csv or json (default: --json/--csv if given, else json for an --outpu…'
complete -c tix -n '__tix_in \'export\'' -s o -l output -r -F -d 'Write to FILE (replaced whole, only once everything is written) inste…'
complete -c tix -n '__tix_in \'export\'' -l customer -d 'Customer-facing: only customer messages and public replies; no intern…'
complete -c tix -n '__tix_in \'export\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'export\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'import\'' -l create -d 'Create the desk when it does not exist yet, as \'tix init\' does (the a…'
complete -c tix -n '__tix_in \'import\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'import\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'bulk\'' -a 'close' -d 'Close the selected tickets (resolved ones; any open status with --for…'
complete -c tix -n '__tix_at \'bulk\'' -a 'resolve' -d 'Resolve the selected tickets'
complete -c tix -n '__tix_at \'bulk\'' -a 'assign' -d 'Assign the selected tickets: --to AGENT, --team TEAM or --none (assig…'
complete -c tix -n '__tix_at \'bulk\'' -a 'tag' -d 'Add (+TAG) and remove (-TAG) tags on the selected tickets'
complete -c tix -n '__tix_at \'bulk\'' -a 'status' -d 'Set the status of the selected tickets (hold needs --days or --until)'
complete -c tix -n '__tix_at \'bulk\'' -a 'delete' -d 'Delete the selected tickets for ever, with their messages and history…'
complete -c tix -n '__tix_in \'bulk\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'bulk\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'bulk close\'' -s s -l status -r -d 'Status (repeatable; default: all but closed)'
complete -c tix -n '__tix_in \'bulk close\'' -l queue -r -d 'Queue'
complete -c tix -n '__tix_in \'bulk close\'' -l tier -r -d 'Tier'
complete -c tix -n '__tix_in \'bulk close\'' -l assignee -r -d 'Assigned to this agent'
complete -c tix -n '__tix_in \'bulk close\'' -l unassigned -d 'Nobody assigned'
complete -c tix -n '__tix_in \'bulk close\'' -l team -r -d 'Team'
complete -c tix -n '__tix_in \'bulk close\'' -l tag -r -d 'Has this tag (repeatable: all of them)'
complete -c tix -n '__tix_in \'bulk close\'' -l priority-min -r -d 'Priority at least N'
complete -c tix -n '__tix_in \'bulk close\'' -l requester -r -d 'Requested by'
complete -c tix -n '__tix_in \'bulk close\'' -l unanswered -d 'No public reply since the customer last wrote'
complete -c tix -n '__tix_in \'bulk close\'' -l sla -r -d 'SLA colour: green, yellow, red, none'
complete -c tix -n '__tix_in \'bulk close\'' -l field -r -d 'Custom field NAME has VALUE (repeatable: all of them); see \'tix field…'
complete -c tix -n '__tix_in \'bulk close\'' -l channel -r -d 'Came in by this channel: email, web, phone, chat, social, review, api…'
complete -c tix -n '__tix_in \'bulk close\'' -l created -r -d 'Created in this period: 7d (the last seven days up to --now), 12h, 2w…'
complete -c tix -n '__tix_in \'bulk close\'' -l updated -r -d 'Last changed in this period (as --created)'
complete -c tix -n '__tix_in \'bulk close\'' -l closed -r -d 'Closed in this period (as --created); selects closed tickets without …'
complete -c tix -n '__tix_in \'bulk close\'' -l sort -r -d 'Sort by id, priority, created, updated, status, title, queue, tier, a…'
complete -c tix -n '__tix_in \'bulk close\'' -s n -l limit -r -d 'At most N tickets'
complete -c tix -n '__tix_in \'bulk close\'' -l ids -r -d 'Only these tickets: comma-separated ids, or \'-\' to read them from sta…'
complete -c tix -n '__tix_in \'bulk close\'' -l dry-run -d 'Show what would change; write nothing'
complete -c tix -n '__tix_in \'bulk close\'' -l skip-invalid -d 'Leave out tickets the action refuses (listed as skipped) instead of r…'
complete -c tix -n '__tix_in \'bulk close\'' -l force -d 'Also close tickets that are not resolved (admin)'
complete -c tix -n '__tix_in \'bulk close\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'bulk close\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'bulk resolve\'' -s s -l status -r -d 'Status (repeatable; default: all but closed)'
complete -c tix -n '__tix_in \'bulk resolve\'' -l queue -r -d 'Queue'
complete -c tix -n '__tix_in \'bulk resolve\'' -l tier -r -d 'Tier'
complete -c tix -n '__tix_in \'bulk resolve\'' -l assignee -r -d 'Assigned to this agent'
complete -c tix -n '__tix_in \'bulk resolve\'' -l unassigned -d 'Nobody assigned'
complete -c tix -n '__tix_in \'bulk resolve\'' -l team -r -d 'Team'
complete -c tix -n '__tix_in \'bulk resolve\'' -l tag -r -d 'Has this tag (repeatable: all of them)'
complete -c tix -n '__tix_in \'bulk resolve\'' -l priority-min -r -d 'Priority at least N'
complete -c tix -n '__tix_in \'bulk resolve\'' -l requester -r -d 'Requested by'
complete -c tix -n '__tix_in \'bulk resolve\'' -l unanswered -d 'No public reply since the customer last wrote'
complete -c tix -n '__tix_in \'bulk resolve\'' -l sla -r -d 'SLA colour: green, yellow, red, none'
complete -c tix -n '__tix_in \'bulk resolve\'' -l field -r -d 'Custom field NAME has VALUE (repeatable: all of them); see \'tix field…'
complete -c tix -n '__tix_in \'bulk resolve\'' -l channel -r -d 'Came in by this channel: email, web, phone, chat, social, review, api…'
complete -c tix -n '__tix_in \'bulk resolve\'' -l created -r -d 'Created in this period: 7d (the last seven days up to --now), 12h, 2w…'
complete -c tix -n '__tix_in \'bulk resolve\'' -l updated -r -d 'Last changed in this period (as --created)'
complete -c tix -n '__tix_in \'bulk resolve\'' -l closed -r -d 'Closed in this period (as --created); selects closed tickets without …'
complete -c tix -n '__tix_in \'bulk resolve\'' -l sort -r -d 'Sort by id, priority, created, updated, status, title, queue, tier, a…'
complete -c tix -n '__tix_in \'bulk resolve\'' -s n -l limit -r -d 'At most N tickets'
complete -c tix -n '__tix_in \'bulk resolve\'' -l ids -r -d 'Only these tickets: comma-separated ids, or \'-\' to read them from sta…'
complete -c tix -n '__tix_in \'bulk resolve\'' -l dry-run -d 'Show what would change; write nothing'
complete -c tix -n '__tix_in \'bulk resolve\'' -l skip-invalid -d 'Leave out tickets the action refuses (listed as skipped) instead of r…'
complete -c tix -n '__tix_in \'bulk resolve\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'bulk resolve\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'bulk assign\'' -s s -l status -r -d 'Status (repeatable; default: all but closed)'
complete -c tix -n '__tix_in \'bulk assign\'' -l queue -r -d 'Queue'
complete -c tix -n '__tix_in \'bulk assign\'' -l tier -r -d 'Tier'
complete -c tix -n '__tix_in \'bulk assign\'' -l assignee -r -d 'Assigned to this agent'
complete -c tix -n '__tix_in \'bulk assign\'' -l unassigned -d 'Nobody assigned'
complete -c tix -n '__tix_in \'bulk assign\'' -l team -r -d 'Team'
complete -c tix -n '__tix_in \'bulk assign\'' -l tag -r -d 'Has this tag (repeatable: all of them)'
complete -c tix -n '__tix_in \'bulk assign\'' -l priority-min -r -d 'Priority at least N'
complete -c tix -n '__tix_in \'bulk assign\'' -l requester -r -d 'Requested by'
complete -c tix -n '__tix_in \'bulk assign\'' -l unanswered -d 'No public reply since the customer last wrote'
complete -c tix -n '__tix_in \'bulk assign\'' -l sla -r -d 'SLA colour: green, yellow, red, none'
complete -c tix -n '__tix_in \'bulk assign\'' -l field -r -d 'Custom field NAME has VALUE (repeatable: all of them); see \'tix field…'
complete -c tix -n '__tix_in \'bulk assign\'' -l channel -r -d 'Came in by this channel: email, web, phone, chat, social, review, api…'
complete -c tix -n '__tix_in \'bulk assign\'' -l created -r -d 'Created in this period: 7d (the last seven days up to --now), 12h, 2w…'
complete -c tix -n '__tix_in \'bulk assign\'' -l updated -r -d 'Last changed in this period (as --created)'
complete -c tix -n '__tix_in \'bulk assign\'' -l closed -r -d 'Closed in this period (as --created); selects closed tickets without …'
complete -c tix -n '__tix_in \'bulk assign\'' -l sort -r -d 'Sort by id, priority, created, updated, status, title, queue, tier, a…'
complete -c tix -n '__tix_in \'bulk assign\'' -s n -l limit -r -d 'At most N tickets'
complete -c tix -n '__tix_in \'bulk assign\'' -l ids -r -d 'Only these tickets: comma-separated ids, or \'-\' to read them from sta…'
complete -c tix -n '__tix_in \'bulk assign\'' -l dry-run -d 'Show what would change; write nothing'
complete -c tix -n '__tix_in \'bulk assign\'' -l skip-invalid -d 'Leave out tickets the action refuses (listed as skipped) instead of r…'
complete -c tix -n '__tix_in \'bulk assign\'' -l to -r -d 'The agent'
complete -c tix -n '__tix_in \'bulk assign\'' -l in-team -r -d 'Select tickets of this team (in bulk assign, --team TEAM is the team …'
complete -c tix -n '__tix_in \'bulk assign\'' -l none -d 'Nobody (back to the pool)'
complete -c tix -n '__tix_in \'bulk assign\'' -l sticky -d 'Customer replies keep the assignee (default)'
complete -c tix -n '__tix_in \'bulk assign\'' -l no-sticky -d 'A customer reply un-assigns the ticket'
complete -c tix -n '__tix_in \'bulk assign\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'bulk assign\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'bulk tag\'' -s s -l status -r -d 'Status (repeatable; default: all but closed)'
complete -c tix -n '__tix_in \'bulk tag\'' -l queue -r -d 'Queue'
complete -c tix -n '__tix_in \'bulk tag\'' -l tier -r -d 'Tier'
complete -c tix -n '__tix_in \'bulk tag\'' -l assignee -r -d 'Assigned to this agent'
complete -c tix -n '__tix_in \'bulk tag\'' -l unassigned -d 'Nobody assigned'
complete -c tix -n '__tix_in \'bulk tag\'' -l team -r -d 'Team'
complete -c tix -n '__tix_in \'bulk tag\'' -l tag -r -d 'Has this tag (repeatable: all of them)'
complete -c tix -n '__tix_in \'bulk tag\'' -l priority-min -r -d 'Priority at least N'
complete -c tix -n '__tix_in \'bulk tag\'' -l requester -r -d 'Requested by'
complete -c tix -n '__tix_in \'bulk tag\'' -l unanswered -d 'No public reply since the customer last wrote'
complete -c tix -n '__tix_in \'bulk tag\'' -l sla -r -d 'SLA colour: green, yellow, red, none'
complete -c tix -n '__tix_in \'bulk tag\'' -l field -r -d 'Custom field NAME has VALUE (repeatable: all of them); see \'tix field…'
complete -c tix -n '__tix_in \'bulk tag\'' -l channel -r -d 'Came in by this channel: email, web, phone, chat, social, review, api…'
complete -c tix -n '__tix_in \'bulk tag\'' -l created -r -d 'Created in this period: 7d (the last seven days up to --now), 12h, 2w…'
complete -c tix -n '__tix_in \'bulk tag\'' -l updated -r -d 'Last changed in this period (as --created)'
complete -c tix -n '__tix_in \'bulk tag\'' -l closed -r -d 'Closed in this period (as --created); selects closed tickets without …'
complete -c tix -n '__tix_in \'bulk tag\'' -l sort -r -d 'Sort by id, priority, created, updated, status, title, queue, tier, a…'
complete -c tix -n '__tix_in \'bulk tag\'' -s n -l limit -r -d 'At most N tickets'
complete -c tix -n '__tix_in \'bulk tag\'' -l ids -r -d 'Only these tickets: comma-separated ids, or \'-\' to read them from sta…'
complete -c tix -n '__tix_in \'bulk tag\'' -l dry-run -d 'Show what would change; write nothing'
complete -c tix -n '__tix_in \'bulk tag\'' -l skip-invalid -d 'Leave out tickets the action refuses (listed as skipped) instead of r…'
complete -c tix -n '__tix_in \'bulk tag\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'bulk tag\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'bulk status\'' -s s -l status -r -d 'Status (repeatable; default: all but closed)'
complete -c tix -n '__tix_in \'bulk status\'' -l queue -r -d 'Queue'
complete -c tix -n '__tix_in \'bulk status\'' -l tier -r -d 'Tier'
complete -c tix -n '__tix_in \'bulk status\'' -l assignee -r -d 'Assigned to this agent'
complete -c tix -n '__tix_in \'bulk status\'' -l unassigned -d 'Nobody assigned'
complete -c tix -n '__tix_in \'bulk status\'' -l team -r -d 'Team'
complete -c tix -n '__tix_in \'bulk status\'' -l tag -r -d 'Has this tag (repeatable: all of them)'
complete -c tix -n '__tix_in \'bulk status\'' -l priority-min -r -d 'Priority at least N'
complete -c tix -n '__tix_in \'bulk status\'' -l requester -r -d 'Requested by'
complete -c tix -n '__tix_in \'bulk status\'' -l unanswered -d 'No public reply since the customer last wrote'
complete -c tix -n '__tix_in \'bulk status\'' -l sla -r -d 'SLA colour: green, yellow, red, none'
complete -c tix -n '__tix_in \'bulk status\'' -l field -r -d 'Custom field NAME has VALUE (repeatable: all of them); see \'tix field…'
complete -c tix -n '__tix_in \'bulk status\'' -l channel -r -d 'Came in by this channel: email, web, phone, chat, social, review, api…'
complete -c tix -n '__tix_in \'bulk status\'' -l created -r -d 'Created in this period: 7d (the last seven days up to --now), 12h, 2w…'
complete -c tix -n '__tix_in \'bulk status\'' -l updated -r -d 'Last changed in this period (as --created)'
complete -c tix -n '__tix_in \'bulk status\'' -l closed -r -d 'Closed in this period (as --created); selects closed tickets without …'
complete -c tix -n '__tix_in \'bulk status\'' -l sort -r -d 'Sort by id, priority, created, updated, status, title, queue, tier, a…'
complete -c tix -n '__tix_in \'bulk status\'' -s n -l limit -r -d 'At most N tickets'
complete -c tix -n '__tix_in \'bulk status\'' -l ids -r -d 'Only these tickets: comma-separated ids, or \'-\' to read them from sta…'
complete -c tix -n '__tix_in \'bulk status\'' -l dry-run -d 'Show what would change; write nothing'
complete -c tix -n '__tix_in \'bulk status\'' -l skip-invalid -d 'Leave out tickets the action refuses (listed as skipped) instead of r…'
complete -c tix -n '__tix_in \'bulk status\'' -l days -r -d 'For hold and waiting: until now + N days'
complete -c tix -n '__tix_in \'bulk status\'' -l until -r -d 'For hold and waiting: until this date'
complete -c tix -n '__tix_in \'bulk status\'' -l force -d 'Allow closing tickets that are not resolved (admin)'
complete -c tix -n '__tix_in \'bulk status\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'bulk status\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'bulk delete\'' -s s -l status -r -d 'Status (repeatable; default: all but closed)'
complete -c tix -n '__tix_in \'bulk delete\'' -l queue -r -d 'Queue'
complete -c tix -n '__tix_in \'bulk delete\'' -l tier -r -d 'Tier'
complete -c tix -n '__tix_in \'bulk delete\'' -l assignee -r -d 'Assigned to this agent'
complete -c tix -n '__tix_in \'bulk delete\'' -l unassigned -d 'Nobody assigned'
complete -c tix -n '__tix_in \'bulk delete\'' -l team -r -d 'Team'
complete -c tix -n '__tix_in \'bulk delete\'' -l tag -r -d 'Has this tag (repeatable: all of them)'
complete -c tix -n '__tix_in \'bulk delete\'' -l priority-min -r -d 'Priority at least N'
complete -c tix -n '__tix_in \'bulk delete\'' -l requester -r -d 'Requested by'
complete -c tix -n '__tix_in \'bulk delete\'' -l unanswered -d 'No public reply since the customer last wrote'
complete -c tix -n '__tix_in \'bulk delete\'' -l sla -r -d 'SLA colour: green, yellow, red, none'
complete -c tix -n '__tix_in \'bulk delete\'' -l field -r -d 'Custom field NAME has VALUE (repeatable: all of them); see \'tix field…'
complete -c tix -n '__tix_in \'bulk delete\'' -l channel -r -d 'Came in by this channel: email, web, phone, chat, social, review, api…'
complete -c tix -n '__tix_in \'bulk delete\'' -l created -r -d 'Created in this period: 7d (the last seven days up to --now), 12h, 2w…'
complete -c tix -n '__tix_in \'bulk delete\'' -l updated -r -d 'Last changed in this period (as --created)'
complete -c tix -n '__tix_in \'bulk delete\'' -l closed -r -d 'Closed in this period (as --created); selects closed tickets without …'
complete -c tix -n '__tix_in \'bulk delete\'' -l sort -r -d 'Sort by id, priority, created, updated, status, title, queue, tier, a…'
complete -c tix -n '__tix_in \'bulk delete\'' -s n -l limit -r -d 'At most N tickets'
complete -c tix -n '__tix_in \'bulk delete\'' -l ids -r -d 'Only these tickets: comma-separated ids, or \'-\' to read them from sta…'
complete -c tix -n '__tix_in \'bulk delete\'' -l dry-run -d 'Show what would change; write nothing'
complete -c tix -n '__tix_in \'bulk delete\'' -l skip-invalid -d 'Leave out tickets the action refuses (listed as skipped) instead of r…'
complete -c tix -n '__tix_in \'bulk delete\'' -l permanent -d 'Confirm: there is no undo'
complete -c tix -n '__tix_in \'bulk delete\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'bulk delete\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'known\'' -a 'create' -d 'Create a known issue, e.g'
complete -c tix -n '__tix_at \'known\'' -a 'link' -d 'Link tickets to a known issue (one transaction): known_issue and its …'
complete -c tix -n '__tix_at \'known\'' -a 'list' -d 'Every known issue with its ticket count and what the count warrants'
complete -c tix -n '__tix_at \'known\'' -a 'show' -d 'One known issue and the ids of its tickets'
complete -c tix -n '__tix_at \'known\'' -a 'note' -d 'Add an update note to a known issue (what changed, a workaround, the …'
complete -c tix -n '__tix_at \'known\'' -a 'resolve' -d 'Mark a known issue resolved (its tickets keep the link and the tag)'
complete -c tix -n '__tix_in \'known\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'known\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'known create\'' -l title -r -d 'What the issue is'
complete -c tix -n '__tix_in \'known create\'' -l number -r -d 'Its number (e.g'
complete -c tix -n '__tix_in \'known create\'' -l slug -r -d 'The short description in the tag (default: from the title)'
complete -c tix -n '__tix_in \'known create\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'known create\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'known link\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'known link\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'known list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'known list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'known show\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'known show\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'known note\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'known note\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'known resolve\'' -l note -r -d 'How it was fixed (e.g'
complete -c tix -n '__tix_in \'known resolve\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'known resolve\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'doc\'' -a 'add' -d 'Add a doc, e.g'
complete -c tix -n '__tix_at \'doc\'' -a 'edit' -d 'Change a doc\'s title, body, URL or tags'
complete -c tix -n '__tix_at \'doc\'' -a 'list' -d 'Every doc (or those with --tag), the latest changed first'
complete -c tix -n '__tix_at \'doc\'' -a 'show' -d 'A doc: in a table its title, link and body, ready to read'
complete -c tix -n '__tix_at \'doc\'' -a 'search' -d 'Docs matching words and "quoted phrases" in their title, body or tags…'
complete -c tix -n '__tix_at \'doc\'' -a 'remove' -d 'Delete a doc (admin)'
complete -c tix -n '__tix_in \'doc\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'doc\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'doc add\'' -l title -r -d 'One line'
complete -c tix -n '__tix_in \'doc add\'' -s b -l body -r -d 'The text; \'-\' reads standard input'
complete -c tix -n '__tix_in \'doc add\'' -l body-file -r -F -d 'Read the text from FILE (\'-\' = standard input)'
complete -c tix -n '__tix_in \'doc add\'' -l url -r -d 'Where the article lives (http or https)'
complete -c tix -n '__tix_in \'doc add\'' -l tag -r -d 'A tag (repeatable)'
complete -c tix -n '__tix_in \'doc add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'doc add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'doc edit\'' -l title -r
complete -c tix -n '__tix_in \'doc edit\'' -s b -l body -r -d 'The text; \'-\' reads standard input'
complete -c tix -n '__tix_in \'doc edit\'' -l body-file -r -F -d 'Read the text from FILE (\'-\' = standard input)'
complete -c tix -n '__tix_in \'doc edit\'' -l url -r -d 'A new URL'
complete -c tix -n '__tix_in \'doc edit\'' -l no-url -d 'Drop the URL (the doc keeps its body)'
complete -c tix -n '__tix_in \'doc edit\'' -l add-tag -r -d 'Add a tag (repeatable)'
complete -c tix -n '__tix_in \'doc edit\'' -l remove-tag -r -d 'Remove a tag (repeatable)'
complete -c tix -n '__tix_in \'doc edit\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'doc edit\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'doc list\'' -l tag -r -d 'Only docs with this tag'
complete -c tix -n '__tix_in \'doc list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'doc list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'doc show\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'doc show\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'doc search\'' -l limit -r -d 'At most N docs (default 20)'
complete -c tix -n '__tix_in \'doc search\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'doc search\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'doc remove\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'doc remove\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'report\'' -a 'repeats' -d 'Public answers written at least --min times in near-identical words (…'
complete -c tix -n '__tix_at \'report\'' -a 'tags' -d 'Each tag\'s use in the period: on how many tickets created then, and h…'
complete -c tix -n '__tix_at \'report\'' -a 'handoff' -d 'The weekly hand-over: escalations up and down, known issues opened, r…'
complete -c tix -n '__tix_in \'report\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'report\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'report repeats\'' -l since -r -d 'Only answers written in this period (default: all)'
complete -c tix -n '__tix_in \'report repeats\'' -l min -r -d 'How many times (default 3)'
complete -c tix -n '__tix_in \'report repeats\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'report repeats\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'report tags\'' -l since -r -d 'Default 7d'
complete -c tix -n '__tix_in \'report tags\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'report tags\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'report handoff\'' -l since -r -d 'Default 7d'
complete -c tix -n '__tix_in \'report handoff\'' -l from-tier -r -d 'Open tickets in this tier and above are listed (default t3)'
complete -c tix -n '__tix_in \'report handoff\'' -l process-family -r -d 'The tag family of process tags (default process)'
complete -c tix -n '__tix_in \'report handoff\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'report handoff\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'attachment\'' -a 'list' -d 'A ticket\'s attachments: position, name, type, size, the message that …'
complete -c tix -n '__tix_at \'attachment\'' -a 'save' -d 'Save attachment N of ticket ID into a folder (default: the current on…'
complete -c tix -n '__tix_in \'attachment\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'attachment\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'attachment list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'attachment list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'attachment save\'' -l to -r -F -d 'The folder to save into (default: the current one)'
complete -c tix -n '__tix_in \'attachment save\'' -l force -d 'Replace a file of the same name'
complete -c tix -n '__tix_in \'attachment save\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'attachment save\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'side\'' -a 'list' -d 'A ticket\'s side conversations: partner, CC, the partner\'s ticket numb…'
complete -c tix -n '__tix_at \'side\'' -a 'reply' -d 'The next message of side conversation SIDE_ID (the id \'tix side\' and …'
complete -c tix -n '__tix_in \'side\'' -l to -r -d 'The partner\'s e-mail address'
complete -c tix -n '__tix_in \'side\'' -l cc -r -d 'Also to these addresses (repeatable or comma-separated, e.g'
complete -c tix -n '__tix_in \'side\'' -l subject -r -d 'The subject (default: the ticket\'s title)'
complete -c tix -n '__tix_in \'side\'' -s b -l body -r -d 'The text; \'-\' reads standard input'
complete -c tix -n '__tix_in \'side\'' -l body-file -r -F -d 'Read the text from FILE (\'-\' = standard input)'
complete -c tix -n '__tix_in \'side\'' -l attach -r -d 'Files to keep with the message and send as attachments (repeatable; t…'
complete -c tix -n '__tix_in \'side\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'side\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'side list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'side list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'side reply\'' -l cc -r -d 'Also to these addresses, from now on (repeatable or comma-separated)'
complete -c tix -n '__tix_in \'side reply\'' -s b -l body -r -d 'The text; \'-\' reads standard input'
complete -c tix -n '__tix_in \'side reply\'' -l body-file -r -F -d 'Read the text from FILE (\'-\' = standard input)'
complete -c tix -n '__tix_in \'side reply\'' -l attach -r -d 'Files to keep with the message and send as attachments (repeatable; t…'
complete -c tix -n '__tix_in \'side reply\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'side reply\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'sweep\'' -l dry-run -d 'Print what would happen and write nothing (with --now: a what-if)'
complete -c tix -n '__tix_in \'sweep\'' -s v -l verbose -d 'Also say when nothing was due, and how many tickets were read'
complete -c tix -n '__tix_in \'sweep\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'sweep\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'sla\'' -a 'list' -d 'The SLA table, tier by tier'
complete -c tix -n '__tix_at \'sla\'' -a 'set' -d 'Add a row, or change the limits of the row with the same key (admin)'
complete -c tix -n '__tix_at \'sla\'' -a 'remove' -d 'Remove a row by its id, or by tier and the same key options as `set` …'
complete -c tix -n '__tix_at \'sla\'' -a 'explain' -d 'How a ticket\'s SLA is computed: the policy matched and why, the calen…'
complete -c tix -n '__tix_in \'sla\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'sla\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'sla list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'sla list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'sla set\'' -l band -r -d 'Priority band: low, medium, high, urgent'
complete -c tix -n '__tix_in \'sla set\'' -l plan -r -d 'Account plan (as the CRM sync names it)'
complete -c tix -n '__tix_in \'sla set\'' -l account-status -r -d 'paid, trial, community, potential or vip'
complete -c tix -n '__tix_in \'sla set\'' -l green -r -d 'Green while elapsed business time is below this'
complete -c tix -n '__tix_in \'sla set\'' -l yellow -r -d 'Yellow while below this; red after'
complete -c tix -n '__tix_in \'sla set\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'sla set\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'sla remove\'' -l band -r -d 'Priority band: low, medium, high, urgent'
complete -c tix -n '__tix_in \'sla remove\'' -l plan -r -d 'Account plan (as the CRM sync names it)'
complete -c tix -n '__tix_in \'sla remove\'' -l account-status -r -d 'paid, trial, community, potential or vip'
complete -c tix -n '__tix_in \'sla remove\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'sla remove\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'sla explain\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'sla explain\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'calendar\'' -a 'list' -d 'Every calendar and who uses it'
complete -c tix -n '__tix_at \'calendar\'' -a 'show' -d 'One calendar'
complete -c tix -n '__tix_at \'calendar\'' -a 'add' -d 'A new calendar (admin)'
complete -c tix -n '__tix_at \'calendar\'' -a 'set' -d 'Change a calendar\'s zone, hours or holidays (admin)'
complete -c tix -n '__tix_in \'calendar\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'calendar\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'calendar list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'calendar list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'calendar show\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'calendar show\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'calendar add\'' -l zone -r -d 'IANA timezone, e.g'
complete -c tix -n '__tix_in \'calendar add\'' -l hours -r -d 'Weekly hours: "mon-fri 09:00-17:00", "mon-thu 09:00-12:00,13:00-17:00…'
complete -c tix -n '__tix_in \'calendar add\'' -l holidays -r -d 'Comma-separated YYYY-MM-DD, or --MM-DD for every year'
complete -c tix -n '__tix_in \'calendar add\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'calendar add\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'calendar set\'' -l zone -r -d 'IANA timezone, e.g'
complete -c tix -n '__tix_in \'calendar set\'' -l hours -r -d 'Weekly hours (replaces them), e.g'
complete -c tix -n '__tix_in \'calendar set\'' -l holidays -r -d 'Replace the holidays ("" clears them)'
complete -c tix -n '__tix_in \'calendar set\'' -l add-holiday -r -d 'Add YYYY-MM-DD or --MM-DD (repeatable)'
complete -c tix -n '__tix_in \'calendar set\'' -l remove-holiday -r -d 'Remove a holiday (repeatable)'
complete -c tix -n '__tix_in \'calendar set\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'calendar set\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'config\'' -a 'get' -d 'One setting\'s value (a known key\'s default when unset)'
complete -c tix -n '__tix_at \'config\'' -a 'set' -d 'Set a value (admin), e.g'
complete -c tix -n '__tix_at \'config\'' -a 'unset' -d 'Remove a stored value; a known key goes back to its default (admin)'
complete -c tix -n '__tix_at \'config\'' -a 'list' -d 'Every known key with its value or default, and every other stored key'
complete -c tix -n '__tix_at \'config\'' -a 'export' -d 'The stored settings as one JSON object {"key": "value", ...}'
complete -c tix -n '__tix_at \'config\'' -a 'import' -d 'Set every pair of a JSON object (as `export` writes) from FILE or - (…'
complete -c tix -n '__tix_in \'config\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'config\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'config get\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'config get\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'config set\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'config set\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'config unset\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'config unset\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'config list\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'config list\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'config export\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'config export\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'config import\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'config import\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'backup\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'backup\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'restore\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'restore\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'check\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'check\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_at \'db\'' -a 'copy' -d 'Copy the whole desk FROM one database TO another: a SQLite file or a …'
complete -c tix -n '__tix_in \'db\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'db\'' -s V -l version -d 'Print version information and exit'
complete -c tix -n '__tix_in \'db copy\'' -s h -l help -d 'Show this help message and exit'
complete -c tix -n '__tix_in \'db copy\'' -s V -l version -d 'Print version information and exit'
