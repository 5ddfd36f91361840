/** Name, role (客户经理/审查人/审定人) and level (支行/总行): set once, recorded with every change. */
import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Messages } from "../../../i18n";
import type { Level, Profile, Role } from "../../state/types";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export interface ProfileFormProps {
  t: Messages;
  initial: Profile | null;
  onSave: (p: Profile) => void;
}

export function ProfileForm({ t, initial, onSave }: ProfileFormProps) {
  const styles = useStyles();
  const [name, setName] = useState(initial?.name ?? "");
  const [role, setRole] = useState<Role | "">(initial?.role ?? "");
  const [level, setLevel] = useState<Level | "">(initial?.level ?? "");
  const [tried, setTried] = useState(false);
  const valid = name.trim() !== "" && role !== "" && level !== "";
  return (
    <form
      noValidate
      className={styles.form}
      aria-label={t.profile.title}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (valid) onSave({ name: name.trim(), role: role as Role, level: level as Level });
      }}
    >
      <h2>{t.profile.title}</h2>
      <Field
        label={t.profile.name}
        required
        validationMessage={tried && !valid ? t.profile.required : undefined}
      >
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t.profile.role} required>
        <RadioGroup value={role} onChange={(_, d) => setRole(d.value as Role)}>
          {(Object.keys(t.profile.roles) as Role[]).map((r) => (
            <Radio key={r} value={r} label={t.profile.roles[r]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.profile.level} required>
        <RadioGroup value={level} onChange={(_, d) => setLevel(d.value as Level)}>
          {(Object.keys(t.profile.levels) as Level[]).map((l) => (
            <Radio key={l} value={l} label={t.profile.levels[l]} />
          ))}
        </RadioGroup>
      </Field>
      <Button appearance="primary" type="submit">
        {t.profile.save}
      </Button>
    </form>
  );
}
